import ArgumentParser
import ParallaxReport

extension OutputFormat: ExpressibleByArgument {}
