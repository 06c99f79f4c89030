/// A named selection of controls in sections, such as CIS AWS Foundations v5.0, or your own baseline.
///
/// ```swift
/// let mine = Framework(id: "acme-baseline", title: "ACME baseline") {
///     ControlSection("Storage") {
///         bucketVersioning
///         keyRotation.with(maximumKeyAge, 45)
///     }
///     someOtherFramework          // all of its controls, in its sections
/// }
/// ```
///
/// A control that appears twice keeps its first place (and its first parameter overrides).
public struct Framework: Sendable, Identifiable {
    /// The id used on the command line and in reports (`fsbp`, `acme-baseline`).
    public let id: String
    /// The title ("AWS Foundational Security Best Practices").
    public let title: String
    /// What the framework is for, in a sentence or two.
    public let summary: String
    /// The controls with the section each appears in, in order, without duplicates.
    public let entries: [FrameworkEntry]

    /// Creates a framework from controls, sections and other frameworks.
    public init(id: String, title: String, summary: String = "", @FrameworkBuilder _ content: () -> [FrameworkEntry]) {
        self.init(id: id, title: title, summary: summary, entries: content())
    }

    /// Creates a framework from entries.
    public init(id: String, title: String, summary: String = "", entries: [FrameworkEntry]) {
        self.id = id
        self.title = title
        self.summary = summary
        var seen: Set<String> = []
        self.entries = entries.filter { seen.insert($0.control.id).inserted }
    }

    /// The controls, in order.
    public var controls: [Control] { entries.map(\.control) }

    /// The section titles, in order of first appearance.
    public var sections: [String] {
        var seen: Set<String> = []
        return entries.compactMap(\.section).filter { seen.insert($0).inserted }
    }

    /// The same framework keeping only the controls for which `isIncluded` is true.
    public func selecting(_ isIncluded: (Control) -> Bool) -> Framework {
        Framework(id: id, title: title, summary: summary, entries: entries.filter { isIncluded($0.control) })
    }

    /// The control with `id`, if the framework has it.
    public func control(id: String) -> Control? { entries.first { $0.control.id == id }?.control }
}

/// One control in a framework, with the section it appears in.
public struct FrameworkEntry: Sendable {
    /// The section title, or `nil` at the top level.
    public var section: String?
    /// The control, with the framework's parameter overrides.
    public var control: Control

    /// Creates an entry.
    public init(section: String? = nil, control: Control) {
        self.section = section
        self.control = control
    }
}

/// A titled group of controls inside a framework.
public struct ControlSection: Sendable {
    /// The title ("1 Identity and Access Management").
    public let title: String
    /// The controls of the section (nested sections keep their own titles).
    public let entries: [FrameworkEntry]

    /// Creates a section.
    public init(_ title: String, @FrameworkBuilder _ content: () -> [FrameworkEntry]) {
        self.title = title
        entries = content()
            .map { entry in
                FrameworkEntry(section: entry.section ?? title, control: entry.control)
            }
    }
}

/// The result builder of frameworks: controls, arrays of controls, sections and other frameworks.
@resultBuilder
public enum FrameworkBuilder {
    /// One control.
    public static func buildExpression(_ control: Control) -> [FrameworkEntry] { [FrameworkEntry(control: control)] }
    /// Several controls.
    public static func buildExpression(_ controls: [Control]) -> [FrameworkEntry] {
        controls.map { FrameworkEntry(control: $0) }
    }
    /// A section.
    public static func buildExpression(_ section: ControlSection) -> [FrameworkEntry] { section.entries }
    /// Every control of another framework, in its sections.
    public static func buildExpression(_ framework: Framework) -> [FrameworkEntry] { framework.entries }

    /// Rejects anything else, with a message that says what a framework may contain.
    @available(
        *,
        unavailable,
        message: "a framework may only contain controls, [Control] arrays, ControlSection groups and other frameworks"
    )
    public static func buildExpression<Value>(_ value: Value) -> [FrameworkEntry] { [] }

    /// The entries of a block, in order.
    public static func buildBlock(_ components: [FrameworkEntry]...) -> [FrameworkEntry] {
        components.flatMap { $0 }
    }
    /// An `if` without `else`.
    public static func buildOptional(_ component: [FrameworkEntry]?) -> [FrameworkEntry] { component ?? [] }
    /// The first branch of an `if`/`else`.
    public static func buildEither(first component: [FrameworkEntry]) -> [FrameworkEntry] { component }
    /// The second branch of an `if`/`else`.
    public static func buildEither(second component: [FrameworkEntry]) -> [FrameworkEntry] { component }
    /// A `for` loop.
    public static func buildArray(_ components: [[FrameworkEntry]]) -> [FrameworkEntry] { components.flatMap { $0 } }
}
