import Bulwark
import Foundation

/// `bulwark access`: effective permissions, who can reach a resource, external exposure and
/// privilege-escalation paths over a snapshot.
enum AccessCommand: CLICommand {
    static let name = "access"
    static let summary = "Answers access questions over a snapshot: permissions, who can, exposure, escalation."
    static let discussion = """
        Exactly one question per run: --principal ARN (effective permissions over every catalog \
        action), --who-can ACTION --resource ARN, --exposure, or --escalation. The evaluator decides \
        every answer with boundaries, SCPs, RCPs, conditions and explicit denies in force; what the \
        snapshot could not read is listed as unknown.
        Exit status: 0 when answered, 2 on bad input (not a snapshot, an unknown principal, a missing \
        or conflicting question).
        """
    static let positionals = [Positional(name: "SNAPSHOT", help: "A snapshot directory written by 'bulwark collect'.")]
    static let principal = Option<String>(
        "principal",
        placeholder: "ARN",
        help: "A user or role whose effective permissions to list."
    )
    static let whoCan = Option<String>(
        "who-can",
        placeholder: "ACTION",
        help: "An action (s3:GetObject); needs --resource."
    )
    static let resource = Option<String>("resource", placeholder: "ARN", help: "The resource for --who-can.")
    static let exposure = Flag("exposure", help: "List resources reachable anonymously or from outside the account.")
    static let escalation = Flag("escalation", help: "List admin-equivalent principals and paths to them.")
    static let all = Flag("all", help: "With --principal: list every action, implicit denies included.")
    static let format = OutputFormat.textOrJSON
    static var options: [any CommandOption] { [principal, whoCan, resource, exposure, escalation, all, format] }

    /// The one question asked.
    enum Question {
        case permissions(String)
        case whoCan(String, String)
        case exposure
        case escalation
    }

    static func question(_ arguments: ParsedArguments) throws -> Question {
        var asked: [Question] = []
        if let arn = arguments[principal] { asked.append(.permissions(arn)) }
        if let action = arguments[whoCan] {
            guard let arn = arguments[resource] else { throw UsageError("--who-can needs --resource ARN") }
            asked.append(.whoCan(action, arn))
        } else if arguments[resource] != nil {
            throw UsageError("--resource goes with --who-can ACTION")
        }
        if arguments[exposure] { asked.append(.exposure) }
        if arguments[escalation] { asked.append(.escalation) }
        guard asked.count == 1, let only = asked.first else {
            throw UsageError(
                "ask exactly one question: --principal ARN, --who-can ACTION --resource ARN, --exposure or --escalation"
            )
        }
        return only
    }

    static func run(_ arguments: ParsedArguments, console: inout Console) async throws -> Int32 {
        let asked = try question(arguments)
        let path = arguments.positional[0]
        let snapshot: AccountSnapshot
        do {
            snapshot = try await AccountSnapshot.load(from: URL(fileURLWithPath: path, isDirectory: true))
        } catch {
            console.err("bulwark access: \(error)")
            return ExitCode.badInput
        }
        let analysis = AccessAnalysis(snapshot: snapshot)
        let json = arguments[format] == .json
        switch asked {
        case .permissions(let arn):
            let permissions: EffectivePermissions
            do {
                permissions = try analysis.effectivePermissions(of: arn, includingImplicitDenies: arguments[all])
            } catch {
                console.err("bulwark access: \(error)")
                return ExitCode.badInput
            }
            if json { try console.json(PermissionsDocument(permissions)) } else { console.out(text(permissions)) }
        case .whoCan(let action, let arn):
            let answer = analysis.whoCan(action, on: arn)
            if json { try console.json(WhoCanDocument(answer)) } else { console.out(text(answer)) }
        case .exposure:
            let exposures = analysis.exposures()
            if json {
                try console.json(ExposureDocument(exposures, unknown: analysis.unknownReasons))
            } else {
                console.out(text(exposures, unknown: analysis.unknownReasons))
            }
        case .escalation:
            let report = analysis.escalation()
            if json { try console.json(EscalationDocument(report)) } else { console.out(text(report)) }
        }
        return ExitCode.success
    }
}
