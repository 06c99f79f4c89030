// libFuzzer harness: PolicyDocument.parse for every PolicyKind (first byte picks the kind).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicy(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let kinds: [PolicyKind] = [
        .identity, .resource, .trustPolicy, .permissionsBoundary, .session, .serviceControl, .resourceControl,
        .endpoint,
    ]
    let kind = kinds[Int(data[0]) % kinds.count]
    let bytes = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let parsed = PolicyDocument.parse(bytes, kind: kind)
    for diagnostic in parsed.diagnostics {
        _ = diagnostic.description
        if let location = diagnostic.location, location.offset > size || location.line < 1 || location.column < 1 {
            fatalError("diagnostic outside the input: \(diagnostic)")
        }
    }
    if let document = parsed.document {
        // A parsed document must survive its canonical JSON and compile for evaluation.
        let text = document.jsonString(pretty: false)
        let again = PolicyDocument.parse(text, kind: kind)
        if again.document == nil {
            fatalError("canonical JSON does not parse again: \(text)\n\(again.diagnostics)")
        }
        _ = PolicySet(identityPolicies: [document]).compiled()
    }
    return 0
}
