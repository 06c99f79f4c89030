extension AlternateContacts {
    /// Reads `account get-alternate-contact/<SECURITY|BILLING|OPERATIONS>`.
    static func load(from reader: SnapshotReader) -> AlternateContacts {
        func contact(_ type: String) -> Observed<AlternateContact> {
            reader.member(
                AlternateContact.self,
                .global("account", "get-alternate-contact", type),
                key: "AlternateContact"
            )
        }
        return AlternateContacts(
            security: contact("SECURITY"),
            billing: contact("BILLING"),
            operations: contact("OPERATIONS")
        )
    }
}
