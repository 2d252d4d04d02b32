namespace OrchardGov.Benchmarks;

/// <summary>
/// The store's Documents table as its SQLite migration creates it, with the one site its rows belong to,
/// in the journal mode the store sets at initialization.
/// </summary>
public static class RawDocumentsSchema
{
    public const int SiteId = 1;

    public const string Sql = """
        PRAGMA journal_mode=WAL;
        CREATE TABLE "Sites" ("Id" INTEGER NOT NULL CONSTRAINT "PK_Sites" PRIMARY KEY AUTOINCREMENT, "Code" TEXT NOT NULL);
        INSERT INTO "Sites" ("Id", "Code") VALUES (1, '431202');
        CREATE TABLE "Documents" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Documents" PRIMARY KEY AUTOINCREMENT,
            "SiteId" INTEGER NOT NULL,
            "Type" TEXT NOT NULL,
            "Content" text NOT NULL,
            CONSTRAINT "FK_Documents_Sites_SiteId" FOREIGN KEY ("SiteId") REFERENCES "Sites" ("Id") ON DELETE CASCADE
        );
        CREATE INDEX "IX_Documents_SiteId_Type" ON "Documents" ("SiteId", "Type");
        """;
}
