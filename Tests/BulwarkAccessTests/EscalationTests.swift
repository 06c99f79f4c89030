import BulwarkAccess
import Testing

@Suite struct EscalationTests {
    @Test(arguments: EscalationCase.selfChanges + EscalationCase.edges + EscalationCase.compute)
    func scenario(_ scenario: EscalationCase) {
        let report = scenario.account.analysis().escalation()
        let entry = report.principal(EscalationCase.attacker)
        switch scenario.expected {
        case .adminEquivalent(let method):
            #expect(entry?.adminEquivalent == true)
            #expect(entry?.paths.first?.steps.first?.method == method)
        case .path(let methods):
            #expect(entry?.adminEquivalent == false)
            #expect(entry?.paths.first?.steps.map(\.method) == methods)
            #expect(entry?.paths.first?.steps.allSatisfy { !$0.statements.isEmpty } == true)
        case .nothing:
            #expect(entry == nil, "unexpected: \(String(describing: entry))")
        }
    }
}
