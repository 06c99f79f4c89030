/// The former name of ``Diagnostic``.
@available(*, deprecated, renamed: "Diagnostic")
public typealias PolicyDiagnostic = Diagnostic

/// The former name of ``IAMError`` for invalid policies.
@available(*, deprecated, renamed: "IAMError")
public typealias PolicyError = IAMError
