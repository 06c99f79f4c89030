import BulwarkAccess
import Testing

@Suite struct ExposureTests {
    @Test(arguments: ExposureCase.all)
    func scenario(_ scenario: ExposureCase) {
        var account = TestAccount()
        account.resources = [scenario.resource]
        account.rcps = scenario.rcps
        let exposure = account.analysis().exposures().first { $0.resource == scenario.resource.arn }
        if let parties = scenario.parties {
            #expect(exposure?.exposedTo.sorted() == parties.sorted())
            #expect(exposure?.conditions == scenario.conditions.sorted())
            #expect(exposure?.actions.isEmpty == false)
            #expect(exposure?.statements.isEmpty == false)
        } else if scenario.unknown == nil {
            #expect(exposure == nil, "unexpected: \(String(describing: exposure))")
        }
        if let unknown = scenario.unknown {
            #expect(exposure?.unknownReason?.contains(unknown) == true)
            #expect(exposure?.grants.isEmpty == true)
        }
        if let note = scenario.note {
            let notes: [String] = exposure?.grants.flatMap(\.notes) ?? []
            #expect(notes.contains(where: { $0.hasSuffix(note) || $0.contains(note) }), "notes: \(notes)")
        }
    }
}
