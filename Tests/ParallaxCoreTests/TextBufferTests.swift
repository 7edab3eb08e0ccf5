import Testing
@testable import ParallaxCore

@Suite struct TextBufferTests {
    @Test func convertsByteOffsetsToScalarOffsetsAroundMultibyteScalars() {
        let buffer = TextBuffer("a “b” £c 😀d")
        let scalars = Array("a “b” £c 😀d".unicodeScalars)
        for (scalarIndex, _) in scalars.enumerated() {
            let byte = buffer.byteOffset(ofScalar: scalarIndex)
            #expect(buffer.scalarOffset(ofByte: byte) == scalarIndex)
        }
        #expect(buffer.scalarCount == scalars.count)
        #expect(buffer.text(of: TextSpan(start: 2, end: 5)) == "“b”")
        #expect(buffer.text(of: TextSpan(start: 9, end: 11)) == "😀d")
    }

    @Test func asciiTextMapsIdentically() {
        let buffer = TextBuffer("plain text")
        #expect(buffer.scalarOffset(ofByte: 5) == 5)
        #expect(buffer.byteOffset(ofScalar: 5) == 5)
    }
}
