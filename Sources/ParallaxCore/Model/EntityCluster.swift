/// One real-world entity as an article refers to it: its canonical name, every alias, and roles.
public struct EntityCluster: Sendable, Hashable, Codable {
    /// Identifier, unique within the article.
    public var id: Int
    /// The fullest name the article uses ("Vladimir Putin").
    public var name: String
    /// The entity kind.
    public var type: EntityType
    /// Every distinct surface form that refers to this entity, `name` included, and the role
    /// descriptions resolved to it ("the Russian president").
    public var aliases: [String]
    /// Roles and titles attached to the entity ("President", "foreign policy aide").
    public var roles: [String]
    /// Age in years when the article states it ("Putin, 72,").
    public var age: Int?
    /// Institutions, places and nationalities the article ties the entity to: the name before its
    /// role ("Kremlin" in "Kremlin aide Yuri Ushakov", "Chinese" in "Chinese President Xi Jinping")
    /// or after `at` in an apposition ("Harvard University").
    public var affiliations: [String]
    /// The government a place or institution stands for when the article uses it as an actor
    /// ("government of Russia" for "the Kremlin said"); nil otherwise.
    public var metonymFor: String?
    /// Every reference to the entity in text order: its name mentions, the role descriptions and the
    /// pronouns resolved to it, each with its span and kind.
    public var mentions: [ClusterMention]

    /// Creates a cluster.
    public init(
        id: Int, name: String, type: EntityType, aliases: [String], roles: [String] = [], age: Int? = nil,
        affiliations: [String] = [], metonymFor: String? = nil, mentions: [ClusterMention] = []
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.roles = roles
        self.age = age
        self.affiliations = affiliations
        self.metonymFor = metonymFor
        self.mentions = mentions
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, type, aliases, roles, age, affiliations, metonymFor, mentions
    }

    /// Decodes a cluster; `affiliations`, `metonymFor` and `mentions` may be absent (older documents).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        type = try container.decode(EntityType.self, forKey: .type)
        aliases = try container.decode([String].self, forKey: .aliases)
        roles = try container.decodeIfPresent([String].self, forKey: .roles) ?? []
        age = try container.decodeIfPresent(Int.self, forKey: .age)
        affiliations = try container.decodeIfPresent([String].self, forKey: .affiliations) ?? []
        metonymFor = try container.decodeIfPresent(String.self, forKey: .metonymFor)
        mentions = try container.decodeIfPresent([ClusterMention].self, forKey: .mentions) ?? []
    }
}
