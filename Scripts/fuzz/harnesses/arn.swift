// libFuzzer harness: ARN parsing and Principal parsing; a parsed ARN's description must round-trip.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzARN(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let arn = try? ARN(parsing: text) {
        guard let again = try? ARN(parsing: arn.description), again == arn else {
            fatalError("ARN does not round-trip: \(text.debugDescription) -> \(arn.description.debugDescription)")
        }
    }
    if let principal = try? Principal(text) {
        _ = principal.kind
        _ = principal.account
        _ = principal.arn
    }
    return 0
}
