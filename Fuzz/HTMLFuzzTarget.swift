// libFuzzer entry point over the HTML tokenizer and tree builder (built by Fuzz/run-html-fuzzer.sh).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let decoded = HTMLPageDecoder.decode(bytes)
    let document = HTMLDocument(utf8: decoded.utf8, limits: .init(maxDepth: 64, maxNodes: 100_000))
    precondition(document.nodes[0].end == document.nodes.count)
    for (index, node) in document.nodes.enumerated() where index > 0 {
        precondition(node.parent < index && node.end > index && node.end <= document.nodes[node.parent].end)
    }
    _ = ContentExtractor().paragraphs(of: document)
    return 0
}
