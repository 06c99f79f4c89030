extension Framework {
    /// The controls among `controls` that reference standard `frameworkID` (`fsbp`,
    /// `cis-aws-foundations-5.0`), in order, as a framework of that id.
    public static func referencing(_ frameworkID: String, title: String, in controls: [Control]) -> Framework {
        Framework(
            id: frameworkID,
            title: title,
            entries: controls.filter { !$0.references(in: frameworkID).isEmpty }.map { FrameworkEntry(control: $0) }
        )
    }

    /// The controls among `controls` of one domain, as a framework whose id is the domain's
    /// (`data-protection`).
    public static func domain(_ domain: Domain, in controls: [Control]) -> Framework {
        Framework(
            id: domain.rawValue,
            title: domain.title,
            entries: controls.filter { $0.domain == domain }.map { FrameworkEntry(section: domain.title, control: $0) }
        )
    }
}
