extension ResourcePattern {
    /// Whether some resource matches both patterns, following the ARN rules of ``matches(_:)``.
    ///
    /// `arn:aws:s3:::logs-*/*` overlaps `arn:aws:s3:::*` and the truncated `arn:aws:s3:*`, but not
    /// `arn:aws:s3:::logs` nor `arn:aws:sqs:*`: a wildcard in the partition, service, region or
    /// account never crosses a `:`. Time is bounded by the product of the patterns' lengths.
    public func overlaps(_ other: ResourcePattern) -> Bool {
        guard let a = relationElements, let b = other.relationElements else { return false }
        return Glob.overlap(a, b, caseInsensitive: false)
    }

    /// Whether every resource `other` matches is also matched by this pattern
    /// (`arn:aws:s3:::logs-*` covers `arn:aws:s3:::logs-2026/*`).
    ///
    /// Sound but conservative: `true` only when each part of `other` is matched by a part of this
    /// pattern. A pattern that matches nothing is covered by every pattern.
    public func covers(_ other: ResourcePattern) -> Bool {
        guard let narrower = other.relationElements else { return true }
        guard let broader = relationElements else { return false }
        return Glob.covers(broader, narrower, caseInsensitive: false)
    }

    /// The pattern as one list of wildcard elements over the whole resource text, with the ARN rules
    /// made explicit, or `nil` when it matches nothing.
    ///
    /// A pattern with the `arn:` shape matches only text that starts with `arn:`; the wildcards of its
    /// partition, service, region and account never match a `:`; and a truncated pattern (fewer than
    /// six parts) runs to the end of the ARN only when its last part ends in `*` (IAM User Guide,
    /// "IAM JSON policy elements: Resource").
    package var relationElements: [WildcardElement]? {
        guard isARN else { return segments[0].elements }
        guard segments[0].matches("arn") else { return nil }
        let colon = UInt8(ascii: ":")
        var out = WildcardElement.literal("arn")
        for (i, segment) in segments.enumerated().dropFirst() {
            out.append(.byte(colon))
            let last = i == segments.count - 1
            let crossesColons = last && (segments.count == 6 || segment.endsWithStar)
            out += crossesColons ? segment.elements : segment.elements.map { $0.excluding(colon) }
        }
        return out
    }
}
