public import Foundation

extension SuppressionList {
    /// Marks the failing and unknown findings of `result` that an unexpired entry matches (the first
    /// matching entry wins), and records expired and unused entries in ``ScanResult/suppressionNotes``.
    public func apply(to result: inout ScanResult, now: Date) {
        let active = entries.enumerated()
            .map { index, entry in
                (index, entry, entry.expires.flatMap(SuppressionList.endOfDay).map { now < $0 } ?? true)
            }
        var used = Set<Int>()
        for position in result.findings.indices {
            let finding = result.findings[position]
            guard finding.status == .fail || finding.status == .unknown else { continue }
            for (index, entry, isActive) in active where isActive && entry.matches(finding) {
                result.findings[position].suppression = SuppressionMatch(
                    entryIndex: index,
                    reason: entry.reason,
                    expires: entry.expires
                )
                used.insert(index)
                break
            }
        }
        for (index, entry, isActive) in active {
            if !isActive {
                result.suppressionNotes.append(
                    SuppressionNote(kind: .expired, entryIndex: index, reason: entry.reason, expires: entry.expires)
                )
            } else if !used.contains(index) {
                result.suppressionNotes.append(
                    SuppressionNote(kind: .unused, entryIndex: index, reason: entry.reason, expires: entry.expires)
                )
            }
        }
    }
}
