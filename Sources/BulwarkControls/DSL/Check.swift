public import BulwarkModels

/// One outcome inside a control's body: passed, failed, unknown or not applicable, with the line
/// that produced it.
///
/// You do not create checks directly: the functions a control body calls (``expect(_:_:evidence:fileID:line:)``,
/// ``require(_:_:fileID:line:then:)``, ``ifConfigured(_:fileID:line:_:)``, ``denies(_:_:on:resourceAccount:policy:context:in:fileID:line:)``,
/// ``fail(_:evidence:fileID:line:)``, ``notApplicable(_:fileID:line:)``) return them, and the control turns
/// the checks of one resource into one ``Finding``.
public struct Check: Sendable {
    /// What a check found.
    public enum Outcome: Sendable, Hashable {
        /// The resource meets the check.
        case pass
        /// The resource does not; the message says why.
        case fail(String)
        /// The snapshot cannot say; the reason says which call could not be read.
        case unknown(UnknownReason)
        /// The check does not apply to this resource; the message says why.
        case notApplicable(String)
    }

    /// What the check found.
    public var outcome: Outcome
    /// The values the check read, recorded when it did not pass (and for policy checks, always).
    public var evidence: Evidence
    /// Where in the source the check is written.
    public var location: SourceLine

    /// Creates a check; control bodies use the check functions instead.
    public init(_ outcome: Outcome, evidence: Evidence = Evidence(), location: SourceLine) {
        self.outcome = outcome
        self.evidence = evidence
        self.location = location
    }
}

/// A file and line in a control's source, recorded by every check.
public struct SourceLine: Sendable, Hashable, CustomStringConvertible {
    /// The file as `#fileID` spells it (`MyControls/Buckets.swift`).
    public var fileID: String
    /// The line.
    public var line: Int

    /// Creates a location.
    public init(fileID: String, line: Int) {
        self.fileID = fileID
        self.line = line
    }

    /// `fileID:line`.
    public var description: String { "\(fileID):\(line)" }
}

/// Why a finding is unknown: a short code (`AccessDenied`, `NotCollected`, `MalformedFile`,
/// `ControlError`) and a sentence naming what could not be read.
public struct UnknownReason: Sendable, Hashable, CustomStringConvertible {
    /// The AWS error code or one of Bulwark's codes.
    public var code: String
    /// What could not be read, and why.
    public var message: String

    /// Creates a reason.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// The reason a snapshot gives for a call it cannot answer.
    public init(_ unreadable: Unreadable) {
        self.init(code: unreadable.code.rawValue, message: unreadable.description)
    }

    /// The code for a control whose body threw an error.
    public static let controlError = "ControlError"
    /// The code for a policy text that could not be parsed.
    public static let unparsablePolicy = "UnparsablePolicy"

    /// `code: message`.
    public var description: String { "\(code): \(message)" }
}
