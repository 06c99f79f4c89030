public import BulwarkModels

// The check functions a control body calls. Messages and evidence are autoclosures: they are
// built only when the check does not pass, so passing resources cost no string formatting.

/// Passes when `condition` holds; otherwise fails with `message`.
public func expect(
    _ condition: Bool,
    _ message: @autoclosure () -> String,
    evidence: @autoclosure () -> [String: EvidenceValue] = [:],
    fileID: String = #fileID,
    line: Int = #line
) -> Check {
    let location = SourceLine(fileID: fileID, line: line)
    if condition { return Check(.pass, location: location) }
    return Check(.fail(message()), evidence: Evidence(values: evidence()), location: location)
}

/// Passes when AWS returned a value that satisfies `predicate`; fails with `message` when it does
/// not, or when AWS says the setting is not configured; unknown when the value could not be read.
///
/// ```swift
/// expect(bucket.versioning, "\(bucket.name) does not keep old versions") { $0.status == .enabled }
/// ```
public func expect<Value>(
    _ observed: Observed<Value>,
    _ message: @autoclosure () -> String,
    evidence: @autoclosure () -> [String: EvidenceValue] = [:],
    fileID: String = #fileID,
    line: Int = #line,
    where predicate: (Value) throws -> Bool
) rethrows -> Check {
    let location = SourceLine(fileID: fileID, line: line)
    switch observed {
    case .unknown(let reason):
        return Check(.unknown(UnknownReason(reason)), location: location)
    case .notConfigured:
        return Check(.fail(message()), evidence: Evidence(values: evidence()), location: location)
    case .value(let value):
        if try predicate(value) { return Check(.pass, location: location) }
        return Check(.fail(message()), evidence: Evidence(values: evidence()), location: location)
    }
}

/// Requires that AWS returned a value: fails with `message` when it is not configured, is unknown
/// when it could not be read, and otherwise passes and runs `body` with the value.
///
/// ```swift
/// require(bucket.encryption, "\(bucket.name) has no default encryption") { encryption in
///     expect(encryption.usesKMS, "\(bucket.name) uses S3-managed keys")
/// }
/// ```
public func require<Value>(
    _ observed: Observed<Value>,
    _ message: @autoclosure () -> String,
    fileID: String = #fileID,
    line: Int = #line,
    @CheckBuilder then body: (Value) throws -> [Check] = { _ in [] }
) rethrows -> [Check] {
    let location = SourceLine(fileID: fileID, line: line)
    switch observed {
    case .unknown(let reason): return [Check(.unknown(UnknownReason(reason)), location: location)]
    case .notConfigured: return [Check(.fail(message()), location: location)]
    case .value(let value): return [Check(.pass, location: location)] + (try body(value))
    }
}

/// Runs `body` with the value when AWS returned one; nothing when AWS says it is not configured
/// (a fact, such as "no bucket policy"); unknown when it could not be read.
///
/// Use it for settings whose absence is fine, and for lists inside a resource:
///
/// ```swift
/// ifConfigured(user.accessKeys) { keys in
///     for key in keys where key.status == .active { expect(…) }
/// }
/// ```
public func ifConfigured<Value>(
    _ observed: Observed<Value>,
    fileID: String = #fileID,
    line: Int = #line,
    @CheckBuilder _ body: (Value) throws -> [Check]
) rethrows -> [Check] {
    switch observed {
    case .unknown(let reason):
        return [Check(.unknown(UnknownReason(reason)), location: SourceLine(fileID: fileID, line: line))]
    case .notConfigured: return []
    case .value(let value): return try body(value)
    }
}

/// Fails with `message`.
public func fail(
    _ message: @autoclosure () -> String,
    evidence: @autoclosure () -> [String: EvidenceValue] = [:],
    fileID: String = #fileID,
    line: Int = #line
) -> Check {
    Check(.fail(message()), evidence: Evidence(values: evidence()), location: SourceLine(fileID: fileID, line: line))
}

/// Passes, recording that the resource was looked at (for bodies that only fail in some branches).
public func pass(fileID: String = #fileID, line: Int = #line) -> Check {
    Check(.pass, location: SourceLine(fileID: fileID, line: line))
}

/// Marks the resource as one the control does not apply to, with the reason.
public func notApplicable(_ reason: @autoclosure () -> String, fileID: String = #fileID, line: Int = #line) -> Check {
    Check(.notApplicable(reason()), location: SourceLine(fileID: fileID, line: line))
}

/// Marks the resource as unknown because `reason` could not be read.
public func unknown(_ reason: Unreadable, fileID: String = #fileID, line: Int = #line) -> Check {
    Check(.unknown(UnknownReason(reason)), location: SourceLine(fileID: fileID, line: line))
}

/// Marks the resource as unknown with a code and message of your own.
public func unknown(code: String, _ message: String, fileID: String = #fileID, line: Int = #line) -> Check {
    Check(.unknown(UnknownReason(code: code, message: message)), location: SourceLine(fileID: fileID, line: line))
}
