import BulwarkIAM
import BulwarkModels
import Foundation

/// Runs a ``CollectionPlan`` with the AWS CLI and writes the snapshot.
///
/// Identity first (`sts get-caller-identity`: account and partition), then the region list unless
/// regions were given, then every planned call with at most ``concurrency`` CLI processes at once;
/// each successful call may add per-resource follow-ups. A failed call never ends the run: it is
/// written as an error record and counted.
struct Collector: Sendable {
    /// The AWS CLI and the options every call gets.
    var cli: AWSCLI
    /// Where the snapshot goes.
    var writer: SnapshotWriter
    /// Which calls to make.
    var plan: CollectionPlan = .standard
    /// How many CLI processes may run at once.
    var concurrency: Int = 8
    /// Retries on throttling and "not ready yet" errors.
    var retry = RetryPolicy()
    /// Shows progress (a terminal's status line); `nil` for none.
    var progress: (@Sendable (CollectProgress) -> Void)?
    /// The region for the first calls (identity, region list) when no `--regions` are given.
    var bootstrapRegion: String = "us-east-1"
    /// The tool name and version written in the manifest.
    var toolVersion = "bulwark \(BulwarkVersion.current)"

    /// Collects `regions` (or every enabled region when `nil`) and writes the manifest last.
    ///
    /// - Throws: ``CollectError`` only when the account cannot be identified or its regions listed.
    func collect(regions requestedRegions: [String]?) async throws(CollectError) -> CollectSummary {
        let startedAt = Date()
        let clock = ContinuousClock()
        let start = clock.now
        let firstRegion = Region(rawValue: requestedRegions?.first ?? bootstrapRegion)
        var tally = CollectTally()

        let identityCall = PlannedCall(plan.identity, region: firstRegion, scope: .global, accountID: "")
        let identity = await perform(identityCall, keepOutput: true)
        tally.record(identity, for: identityCall)
        guard case .succeeded(let identityOutput) = identity else {
            throw .identityFailed(identity.failure ?? CallFailure(code: "CLIError", message: "no output"))
        }
        guard let accountID = try? JSONSelector("Account").strings(in: identityOutput ?? Data()).first,
            !accountID.isEmpty
        else {
            throw .identityFailed(CallFailure(code: "UnexpectedOutput", message: "the output has no Account"))
        }
        let callerText = (try? JSONSelector("Arn").strings(in: identityOutput ?? Data()))?.first
        let callerARN = callerText.flatMap { try? ARN(parsing: $0) }
        let partition = callerARN.map { Partition(rawValue: $0.partition) } ?? .aws
        let globalRegion = CollectionPlan.globalRegion(partition: partition)

        let regions: [Region]
        if let requestedRegions {
            var seen: Set<String> = []
            regions = requestedRegions.filter { seen.insert($0).inserted }.map(Region.init(rawValue:))
        } else {
            let regionCall = PlannedCall(plan.regionList, region: firstRegion, scope: .global, accountID: accountID)
            let listed = await perform(regionCall, keepOutput: true)
            tally.record(listed, for: regionCall)
            guard case .succeeded(let output) = listed,
                let names = try? JSONSelector("Regions[].RegionName").strings(in: output ?? Data()), !names.isEmpty
            else {
                throw .regionsFailed(listed.failure ?? CallFailure(code: "CLIError", message: "no regions listed"))
            }
            regions = names.sorted().map(Region.init(rawValue:))
        }

        let calls = plan.initialCalls(accountID: accountID, regions: regions, globalRegion: globalRegion)
        await runAll(calls, tally: &tally)
        let duration = clock.now - start
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18

        let manifest = SnapshotManifest(
            accountID: accountID,
            partition: partition,
            regions: regions,
            collectedAt: Self.timestamp(startedAt),
            toolVersion: toolVersion,
            awsCliVersion: await cli.version(scratch: writer.scratch),
            callerARN: callerARN,
            calls: SnapshotManifest.CallCounts(succeeded: tally.succeeded, failed: tally.failed),
            durationSeconds: (seconds * 10).rounded() / 10
        )
        do {
            try writer.writeJSON(manifest, to: SnapshotLayout.manifestFileName)
        } catch {
            tally.writeFailures.append("\(SnapshotLayout.manifestFileName): \(error.localizedDescription)")
        }
        writer.finish()
        return CollectSummary(manifest: manifest, tally: tally, root: writer.root, duration: seconds)
    }

    /// Runs `initial` and every follow-up, at most ``concurrency`` at once, counting into `tally`.
    func runAll(_ initial: [PlannedCall], tally: inout CollectTally) async {
        var queue = initial
        var next = 0
        var scheduled = Set(initial.map(\.outputPath))
        var running = 0
        var state = CollectProgress()
        await withTaskGroup(of: (PlannedCall, CallResult).self) { group in
            while true {
                while running < max(concurrency, 1), next < queue.count {
                    let call = queue[next]
                    next += 1
                    running += 1
                    group.addTask { (call, await perform(call)) }
                }
                guard let (call, result) = await group.next() else { break }
                running -= 1
                tally.record(result, for: call)
                if case .failed = result {
                    for child in call.followUpsAfterFailure() where scheduled.insert(child.outputPath).inserted {
                        queue.append(child)
                    }
                } else if case .succeeded(let output?) = result {
                    do {
                        for child in try call.followUps(output: output)
                        where scheduled.insert(child.outputPath).inserted {
                            queue.append(child)
                        }
                    } catch {
                        tally.fanOutProblems.append("\(call.outputPath): not JSON, so its resources were not followed")
                    }
                }
                if let progress {
                    state.update(tally: tally, running: running, queued: queue.count - next, last: call)
                    progress(state)
                }
            }
        }
    }

    /// `date` as ISO 8601 in UTC without fractional seconds.
    static func timestamp(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false)
                .timeSeparator(.colon).timeZone(separator: .omitted)
        )
    }
}
