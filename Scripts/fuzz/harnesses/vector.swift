// libFuzzer harness: the IAM test-vector decoder, then evaluation of every decoded vector.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVector(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    do {
        let vectors = try IAMTestVector.decode(bytes, file: "fuzz.json")
        for vector in vectors {
            let evaluation = vector.evaluate()
            _ = evaluation.description
            if vector.policies.decision(for: vector.request) != evaluation.decision {
                fatalError("fast path and explained path disagree for \(vector.name)")
            }
        }
    } catch {
        _ = error.description
    }
    return 0
}
