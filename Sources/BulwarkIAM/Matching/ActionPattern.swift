/// A compiled `Action`/`NotAction` pattern such as `s3:Get*`.
///
/// Actions compare case-insensitively ("`iam:ListAccessKeys` is the same as `IAM:listaccesskeys`",
/// IAM User Guide, "IAM JSON policy elements: Action"); `*` and `?` are wildcards; surrounding
/// whitespace is ignored as AWS does. The service prefix is split off at compile time so a policy
/// set can index statements by service.
public struct ActionPattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let text: String
    /// The lowercased service prefix when it has no wildcard (`s3` for `s3:Get*`), else `nil`.
    package let service: [UInt8]?
    /// The pattern for the action name (after the colon), or for the whole action when `service` is `nil`.
    package let name: Glob

    /// Compiles an action pattern, as written: white space and commas are part of the name, so
    /// `"s3:GetObject  "` matches no action (iam-simulate edgeCases/whitespaceActions, coreEngineTests/commas).
    public init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
            !Glob.containsWildcard(bytes[..<colon])
        {
            service = bytes[..<colon].map(Glob.fold)
            name = Glob(
                elements: WildcardElement.parse(text.utf8.dropFirst(colon + 1).string),
                caseInsensitive: true
            )
        } else {
            service = nil
            name = Glob(text, caseInsensitive: true)
        }
    }

    /// Whether the pattern matches every action (`*`).
    public var matchesEveryAction: Bool { service == nil && name.shape == .any }

    /// Whether the pattern matches `action` (such as `s3:GetObject`).
    public func matches(_ action: String) -> Bool {
        let request = RequestAction(action)
        return request.bytes.withUnsafeBufferPointer { matches(request, $0) }
    }

    /// Matches a pre-lowercased request action.
    @inline(__always)
    package func matches(_ action: RequestAction, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let service else { return name.matches(bytes: bytes) }
        guard action.serviceLength == service.count, action.serviceLength < bytes.count else { return false }
        var i = 0
        while i < service.count {
            if service[i] != bytes[i] { return false }
            i += 1
        }
        return name.matches(bytes: UnsafeBufferPointer(rebasing: bytes[(service.count + 1)...]))
    }

    /// The pattern as written.
    public var description: String { text }

    /// Trims ASCII whitespace from both ends.
    package static func trim(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }),
            let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }
}

/// A request's action, lowercased once so that matching allocates nothing.
package struct RequestAction: Sendable, Hashable {
    /// The action as given.
    package let text: String
    /// The lowercased UTF-8 bytes.
    package let bytes: [UInt8]
    /// The length of the service prefix (the bytes before the first colon), or `bytes.count` when there is none.
    package let serviceLength: Int

    /// Prepares an action such as `s3:GetObject`.
    package init(_ text: String) {
        self.text = text
        let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        let padded = text.utf8.first.map(isSpace) == true || text.utf8.last.map(isSpace) == true
        bytes = (padded ? ActionPattern.trim(text) : text).utf8.map(Glob.fold)
        serviceLength = bytes.firstIndex(of: UInt8(ascii: ":")) ?? bytes.count
    }

    /// Whether the action's service is one resource control policies cover (`kms:RetireGrant` is not).
    package var isRCPCovered: Bool {
        !self.is("kms:retiregrant") && RequiredResourcePolicy.rcpServices.contains(service)
    }

    /// The lowercased service prefix, such as `s3`.
    package var service: String {
        String(decoding: bytes[..<serviceLength], as: UTF8.self)
    }

    /// Whether this is `service:name`, compared case-insensitively (`name` must be lowercase).
    package func `is`(_ lowercased: String) -> Bool {
        bytes.elementsEqual(lowercased.utf8)
    }
}

extension Sequence<UInt8> {
    /// The bytes as a UTF-8 string.
    fileprivate var string: String { String(decoding: Array(self), as: UTF8.self) }
}
