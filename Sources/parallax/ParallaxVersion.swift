/// The version `parallax --version` prints: one constant, raised with each release.
enum ParallaxVersion {
    /// The current version, semantic-versioning style (`MAJOR.MINOR.PATCH`).
    static let current = "0.16.0"
}
