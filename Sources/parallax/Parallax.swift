import ArgumentParser

@main
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "News reconciliation: compare outlets' reports fact by fact.")
}
