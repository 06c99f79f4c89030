// libFuzzer harness: PolicyDocument(urlEncoded:) and parse(urlEncoded:).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzURLEncoded(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parsed = PolicyDocument.parse(urlEncoded: text)
    _ = parsed.diagnostics.map(\.description)
    do {
        let document = try PolicyDocument(urlEncoded: text)
        if parsed.document != document { fatalError("urlEncoded init and parse disagree") }
    } catch {
        if parsed.document != nil { fatalError("urlEncoded init threw but parse succeeded: \(error)") }
    }
    return 0
}
