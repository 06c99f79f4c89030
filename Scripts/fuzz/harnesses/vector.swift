// libFuzzer harness: the IAM test-vector decoder (whole file and vector by vector), then evaluation of
// every decoded vector. Checks besides "no crash, no hang": fast and explained decisions agree, and the
// two decoders agree (the strict one throws exactly when the lenient one reports problems, and
// otherwise returns the same vectors).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVector(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let each = IAMTestVector.decodeEach(bytes, file: "fuzz.json")
    do {
        let vectors = try IAMTestVector.decode(bytes, file: "fuzz.json")
        if each.error != nil || vectors.map(\.name) != each.vectors.map(\.name) {
            fatalError("decode and decodeEach disagree")
        }
    } catch {
        _ = error.description
        if each.error == nil { fatalError("decode threw but decodeEach found no problem") }
    }
    for vector in each.vectors {
        let evaluation = vector.evaluate()
        _ = evaluation.description
        if vector.policies.decision(for: vector.request) != evaluation.decision {
            fatalError("fast path and explained path disagree for \(vector.name)")
        }
    }
    return 0
}
