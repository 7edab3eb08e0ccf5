// The one ParallaxIngest helper the HTML decoder uses, for the stand-alone fuzz build.

enum InputTextDecoder {
    static let sampleSize = 8192

    static func invalidUTF8Count(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var invalid = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error(let length): invalid += length
            case .emptyInput: return invalid
            }
        }
    }
}
