using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardGov.Disclosure.Migrations.Schema.Sqlite
{
    /// <inheritdoc />
    public partial class ComplianceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ArticleIndex_Compliance",
                table: "ArticleIndex",
                columns: new[] { "SiteId", "Latest", "Published", "CatalogEntryId", "ColumnId", "FormedOn", "PublishedOn", "ContentItemId", "IndexNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleIndex_Compliance",
                table: "ArticleIndex");
        }
    }
}
