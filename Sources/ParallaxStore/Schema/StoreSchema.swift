import GRDB

/// The SQLite schema of a Parallax database, as versioned migrations.
///
/// A database is marked with `applicationID` so that a file of another program is never changed;
/// each schema step is a named migration, and a database holding a step this build does not know
/// (written by a newer Parallax) is refused rather than misread.
enum StoreSchema {
    /// `PRAGMA application_id` of every Parallax database ("PRLX").
    static let applicationID: Int32 = 0x5052_4C58

    /// The migrations, oldest first.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-articles-stories-search") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            // Articles in stream order: `seq` is the position in the clustering stream, so replaying
            // the rows after a checkpoint in `seq` order rebuilds the clustering state exactly.
            try db.execute(
                sql: """
                    CREATE TABLE articles (
                        seq INTEGER PRIMARY KEY,
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
                        story INTEGER,
                        duplicate_of TEXT,
                        boilerplate INTEGER NOT NULL,
                        first_seen TEXT NOT NULL,
                        updated TEXT
                    );
                    CREATE INDEX articles_story ON articles(story, seq);
                    CREATE INDEX articles_published ON articles(published);
                    CREATE INDEX articles_source ON articles(source COLLATE NOCASE);
                    CREATE INDEX articles_hash ON articles(content_hash);
                    CREATE TABLE analyses (
                        seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
                        format TEXT NOT NULL,
                        document BLOB NOT NULL
                    );
                    CREATE TABLE stories (
                        id INTEGER PRIMARY KEY,
                        title TEXT NOT NULL,
                        first TEXT,
                        last TEXT,
                        articles INTEGER NOT NULL,
                        independent INTEGER NOT NULL,
                        sources TEXT NOT NULL,
                        merged_into INTEGER,
                        version INTEGER NOT NULL,
                        created TEXT NOT NULL,
                        updated TEXT NOT NULL
                    );
                    CREATE INDEX stories_last ON stories(last, id);
                    CREATE TABLE reports (
                        story INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
                        version INTEGER NOT NULL,
                        report BLOB NOT NULL
                    );
                    CREATE TABLE clustering (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        through_seq INTEGER NOT NULL,
                        state BLOB NOT NULL
                    );
                    CREATE VIRTUAL TABLE articles_fts USING fts5(
                        title, text, entities,
                        content = 'articles', content_rowid = 'seq',
                        tokenize = 'porter unicode61 remove_diacritics 2'
                    );
                    """)
        }
        // Watched feeds: the validators of the last fetch (conditional GET), what it gave, and every item
        // seen, so that an item is fetched and ingested once.
        migrator.registerMigration("v2-feeds") { db in
            try db.execute(
                sql: """
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
                    ) WITHOUT ROWID;
                    """)
        }
        return migrator
    }
}
