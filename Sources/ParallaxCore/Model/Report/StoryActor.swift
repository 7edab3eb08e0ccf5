/// A person or body that the story's articles mention, linked across articles.
public struct StoryActor: Sendable, Hashable, Codable {
    /// Canonical (fullest) name.
    public var name: String
    /// Entity kind.
    public var type: EntityType
    /// Roles and titles any article gives.
    public var roles: [String]
    /// Outlets that name the actor.
    public var sources: [String]
    /// Every name form used, across articles.
    public var aliases: [String]
    /// Number of mentions across articles.
    public var mentions: Int
    /// Age, when an article states one.
    public var age: Int?

    /// Creates an actor.
    public init(name: String, type: EntityType, roles: [String], sources: [String], aliases: [String], mentions: Int, age: Int?) {
        self.name = name
        self.type = type
        self.roles = roles
        self.sources = sources
        self.aliases = aliases
        self.mentions = mentions
        self.age = age
    }
}
