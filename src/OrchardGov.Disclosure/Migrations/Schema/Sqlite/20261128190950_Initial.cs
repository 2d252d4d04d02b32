using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardGov.Disclosure.Migrations.Schema.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ColumnId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: true),
                    CatalogEntryId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: true),
                    IndexNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FormedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Validity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogEntryIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    Item = table.Column<string>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    County = table.Column<bool>(type: "INTEGER", nullable: false),
                    Township = table.Column<bool>(type: "INTEGER", nullable: false),
                    ColumnId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: true),
                    ResponsibleUnit = table.Column<string>(type: "TEXT", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogEntryIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ColumnIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ParentId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Freshness = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Hidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColumnIndex", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleIndex_DocumentId",
                table: "ArticleIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleIndex_SiteId_CatalogEntryId_Published",
                table: "ArticleIndex",
                columns: new[] { "SiteId", "CatalogEntryId", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleIndex_SiteId_ColumnId_Published_PublishedUtc",
                table: "ArticleIndex",
                columns: new[] { "SiteId", "ColumnId", "Published", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleIndex_SiteId_IndexNumber",
                table: "ArticleIndex",
                columns: new[] { "SiteId", "IndexNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogEntryIndex_DocumentId",
                table: "CatalogEntryIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogEntryIndex_SiteId_ColumnId",
                table: "CatalogEntryIndex",
                columns: new[] { "SiteId", "ColumnId" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogEntryIndex_SiteId_Domain_Latest_Published",
                table: "CatalogEntryIndex",
                columns: new[] { "SiteId", "Domain", "Latest", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_ColumnIndex_DocumentId",
                table: "ColumnIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ColumnIndex_SiteId_ContentItemId",
                table: "ColumnIndex",
                columns: new[] { "SiteId", "ContentItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_ColumnIndex_SiteId_ParentId_Published",
                table: "ColumnIndex",
                columns: new[] { "SiteId", "ParentId", "Published" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleIndex");

            migrationBuilder.DropTable(
                name: "CatalogEntryIndex");

            migrationBuilder.DropTable(
                name: "ColumnIndex");
        }
    }
}
