/// One policy document compiled for evaluation, with its statements indexed by service prefix.
final class CompiledPolicy: Sendable {
    /// The statements, in document order.
    let statements: [CompiledStatement]
    /// Statements that can apply to any service (`NotAction`, `*`, wildcard prefixes).
    let anyService: [Int]
    /// Statements by lowercased service prefix.
    let byService: [ServiceBucket]

    /// The statements that name one service prefix.
    struct ServiceBucket: Sendable {
        /// The lowercased service prefix.
        let service: [UInt8]
        /// Statement indices, ascending.
        let statements: [Int]
    }

    /// Compiles a document.
    init(_ document: PolicyDocument) {
        let variables = document.supportsPolicyVariables
        statements = document.statements.map { CompiledStatement($0, variables: variables) }
        var any: [Int] = []
        var buckets: [(service: [UInt8], statements: [Int])] = []
        for (i, s) in statements.enumerated() {
            guard let services = s.services else {
                any.append(i)
                continue
            }
            for service in services {
                if let b = buckets.firstIndex(where: { $0.service == service }) {
                    buckets[b].statements.append(i)
                } else {
                    buckets.append((service, [i]))
                }
            }
        }
        anyService = any
        byService = buckets.map { ServiceBucket(service: $0.service, statements: $0.statements) }
    }

    /// The index in ``byService`` of the request's service, if any.
    @inline(__always)
    func bucketIndex(for action: RequestAction, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let length = action.serviceLength
        var b = 0
        outer: while b < byService.count {
            defer { b += 1 }
            guard byService[b].service.count == length else { continue }
            var i = 0
            while i < length {
                if byService[b].service[i] != bytes[i] { continue outer }
                i += 1
            }
            return b
        }
        return nil
    }
}

/// What one kind of policy (possibly several documents) says about a request.
struct PolicyOutcome: Sendable {
    /// The widest grant among matching `Allow` statements (`.direct` for policies without principals).
    var allow = Grant.none
    /// The first matching `Deny`, if any.
    var deny: Ref?
    /// The first matching `Allow` with the widest grant, if any.
    var allowedBy: Ref?

    /// Whether some `Allow` matched.
    var allows: Bool { allow > .none }
}

/// A statement's position, without allocation.
struct Ref: Sendable, Hashable {
    /// The kind of policy.
    var type: PolicyType
    /// The SCP/RCP level, or -1.
    var level: Int
    /// The policy index.
    var policy: Int
    /// The statement index.
    var statement: Int
}
