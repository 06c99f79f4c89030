extension ActionPattern {
    /// Whether some action matches both patterns (`s3:Get*` and `s3:*Object` share `s3:GetObject`).
    ///
    /// Letters compare ignoring case, as actions do. Time is bounded by the product of the patterns'
    /// lengths, never exponential.
    public func overlaps(_ other: ActionPattern) -> Bool {
        Glob.overlap(relationElements, other.relationElements, caseInsensitive: true)
    }

    /// Whether every action `other` matches is also matched by this pattern (`s3:*` covers `s3:Get*`).
    ///
    /// Sound but conservative: `true` only when each part of `other` is matched by a part of this
    /// pattern, so a rare pair such as `s3:??*` and `s3:?*?` answers `false`.
    public func covers(_ other: ActionPattern) -> Bool {
        Glob.covers(relationElements, other.relationElements, caseInsensitive: true)
    }

    /// The whole pattern as wildcard elements, letters lowercased.
    package var relationElements: [WildcardElement] {
        guard let service else { return name.elements }
        return service.map { .byte($0) } + [.byte(UInt8(ascii: ":"))] + name.elements
    }
}
