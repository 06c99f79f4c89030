/// What the policy grammar knows about global condition keys without the service catalog.
enum ConditionKeyFacts {
    /// Global keys that always carry one value (from the IAM global condition context keys page).
    static let singleValuedKeys: Set<String> = [
        "aws:sourceip", "aws:sourcevpc", "aws:sourcevpce", "aws:vpcsourceip", "aws:username", "aws:userid",
        "aws:principalarn", "aws:principalaccount", "aws:principalorgid", "aws:principaltype",
        "aws:principalisawsservice", "aws:securetransport", "aws:currenttime", "aws:epochtime",
        "aws:multifactorauthpresent", "aws:multifactorauthage", "aws:requestedregion", "aws:sourcearn",
        "aws:sourceaccount", "aws:sourceorgid", "aws:resourceaccount", "aws:resourceorgid", "aws:useragent",
        "aws:referer", "aws:tokenissuetime", "aws:viaawsservice", "aws:calledviafirst", "aws:calledvialast",
        "aws:federatedprovider", "aws:sourceidentity", "aws:ec2instancesourcevpc",
        "aws:ec2instancesourceprivateipv4",
    ]

    /// Prefixes of tag keys that carry one value per tag key.
    static let singleValuedPrefixes = ["aws:principaltag/", "aws:resourcetag/", "aws:requesttag/"]

    /// Whether `key` has the shape of a condition key: a service prefix, a colon and a name
    /// (`aws:SourceIp`, `s3:prefix`), both parts non-empty.
    static func isWellFormed(_ key: some StringProtocol) -> Bool {
        guard let colon = key.firstIndex(of: ":") else { return false }
        return colon != key.startIndex && key.index(after: colon) != key.endIndex
    }

    /// Whether `key` (any case) is known to be single-valued.
    static func isSingleValued(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return singleValuedKeys.contains(lowered) || singleValuedPrefixes.contains { lowered.hasPrefix($0) }
    }
}
