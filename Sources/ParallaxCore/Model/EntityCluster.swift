/// One real-world entity as an article refers to it: its canonical name, every alias, and roles.
public struct EntityCluster: Sendable, Hashable, Codable {
    /// Identifier, unique within the article.
    public var id: Int
    /// The fullest name the article uses ("Vladimir Putin").
    public var name: String
    /// The entity kind.
    public var type: EntityType
    /// Every distinct surface form that refers to this entity, `name` included.
    public var aliases: [String]
    /// Roles and titles attached to the entity ("President", "foreign policy aide").
    public var roles: [String]
    /// Age in years when the article states it ("Putin, 72,").
    public var age: Int?

    /// Creates a cluster.
    public init(id: Int, name: String, type: EntityType, aliases: [String], roles: [String] = [], age: Int? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.roles = roles
        self.age = age
    }
}
