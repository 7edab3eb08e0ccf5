import Foundation
import ParallaxStore
import PostgresNIO

/// The PostgreSQL schema of a Parallax database, as named steps applied in order — the SQLite schema in
/// spirit (articles, analyses, stories, reports, clustering state, feeds) with PostgreSQL's own tools:
/// analyses as JSONB, search as a stored `tsvector` under a GIN index, and the work queue the workers share.
///
/// `parallax_schema` records the steps applied. A database holding a step this build does not know
/// (written by a newer Parallax) is refused; one holding an `articles` table but no `parallax_schema` is
/// another program's, and is refused too. Concurrent first starts (several workers at once) are
/// serialized by a transaction-scoped advisory lock.
enum PostgresSchema {
    /// The advisory lock key of migrations ("PRLXMIGR").
    static let migrationLock: Int64 = 0x5052_4C58_4D49_4752

    /// The steps, oldest first.
    static let steps: [(name: String, sql: String)] = [
        (
            "v1-articles-stories-search",
            """
            CREATE TABLE articles (
                seq BIGINT PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                ref TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                url TEXT,
                title TEXT,
                published TEXT,
                dateline TEXT,
                origin TEXT,
                content_hash TEXT NOT NULL,
                text TEXT NOT NULL,
                entities TEXT NOT NULL,
                story BIGINT,
                duplicate_of TEXT,
                boilerplate BOOLEAN NOT NULL,
                first_seen TEXT NOT NULL,
                updated TEXT,
                -- Title first, then entity names, then the text (its first 200,000 characters: a tsvector
                -- holds at most 1 MB).
                search TSVECTOR GENERATED ALWAYS AS (
                    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
                    || setweight(to_tsvector('english'::regconfig, entities), 'B')
                    || setweight(to_tsvector('english'::regconfig, left(text, 200000)), 'C')
                ) STORED
            );
            CREATE INDEX articles_story ON articles (story, seq);
            CREATE INDEX articles_published ON articles (published);
            CREATE INDEX articles_source ON articles (lower(source));
            CREATE INDEX articles_hash ON articles (content_hash);
            CREATE INDEX articles_search ON articles USING GIN (search);
            CREATE TABLE analyses (
                seq BIGINT PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
                format TEXT NOT NULL,
                document JSONB NOT NULL
            );
            CREATE TABLE stories (
                id BIGINT PRIMARY KEY,
                title TEXT NOT NULL,
                first TEXT,
                last TEXT,
                articles INTEGER NOT NULL,
                independent INTEGER NOT NULL,
                sources TEXT NOT NULL,
                merged_into BIGINT,
                version INTEGER NOT NULL,
                created TEXT NOT NULL,
                updated TEXT NOT NULL
            );
            CREATE INDEX stories_last ON stories (last, id);
            CREATE TABLE reports (
                story BIGINT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                report BYTEA NOT NULL
            );
            CREATE TABLE clustering (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                through_seq BIGINT NOT NULL,
                state BYTEA NOT NULL
            );
            CREATE TABLE feeds (
                url TEXT PRIMARY KEY,
                final_url TEXT,
                title TEXT,
                etag TEXT,
                last_modified TEXT,
                last_fetch TEXT,
                last_status TEXT,
                items INTEGER NOT NULL DEFAULT 0,
                errors INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE feed_items (
                feed TEXT NOT NULL,
                item TEXT NOT NULL,
                url TEXT,
                article TEXT,
                seen TEXT NOT NULL,
                PRIMARY KEY (feed, item)
            );
            """
        ),
        (
            // Articles waiting for the workers, in stream order (`qid`): claimed under a lease, analyzed
            // (`analysis`, `profile`, `entities` filled), then stored and placed into stories by the one
            // worker holding the writer lock, which deletes them in the same transaction.
            "v2-queue",
            """
            CREATE TABLE queue (
                qid BIGSERIAL PRIMARY KEY,
                ref TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                article JSONB NOT NULL,
                enqueued TIMESTAMPTZ NOT NULL DEFAULT now(),
                lease_until TIMESTAMPTZ,
                worker TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                analysis BYTEA,
                profile BYTEA,
                entities TEXT,
                UNIQUE (ref, content_hash)
            );
            CREATE INDEX queue_waiting ON queue (qid) WHERE analysis IS NULL;
            """
        ),
    ]

    /// Brings the database at `connection` up to date, or refuses it (see the type's note).
    static func migrate(_ connection: PostgresConnection, address: PostgresAddress) throws {
        try connection.transaction { db in
            try db.run("SELECT pg_advisory_xact_lock(\(migrationLock))")
            let tables = try db.run(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('parallax_schema', 'articles')"
            ).map { try $0.makeRandomAccess().value("table_name", as: String.self) }
            if !tables.contains("parallax_schema") {
                if tables.contains("articles") { throw StoreError.foreignDatabase(path: address.description) }
                try db.run("CREATE TABLE parallax_schema (step TEXT PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())")
            }
            let applied = Set(try db.run("SELECT step FROM parallax_schema").map { try $0.makeRandomAccess().value("step", as: String.self) })
            let known = Set(steps.map(\.name))
            if let unknown = applied.subtracting(known).sorted().first {
                throw StoreError.newerSchema(path: address.description, found: unknown)
            }
            for step in steps where !applied.contains(step.name) {
                // One statement at a time (the extended protocol takes one per query); no statement of a
                // step holds a semicolon of its own.
                for statement in step.sql.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where !statement.isEmpty {
                    try db.run(PostgresQuery(unsafeSQL: statement))
                }
                try db.run("INSERT INTO parallax_schema (step) VALUES (\(step.name))")
            }
        }
    }
}
