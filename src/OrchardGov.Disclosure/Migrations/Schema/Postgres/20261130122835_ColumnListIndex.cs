using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardGov.Disclosure.Migrations.Schema.Postgres
{
    /// <inheritdoc />
    public partial class ColumnListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleIndex_SiteId_ColumnId_Published_PublishedUtc",
                table: "ArticleIndex");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleIndex_SiteId_ColumnId_PublishedUtc_Published",
                table: "ArticleIndex",
                columns: new[] { "SiteId", "ColumnId", "PublishedUtc", "Published" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleIndex_SiteId_ColumnId_PublishedUtc_Published",
                table: "ArticleIndex");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleIndex_SiteId_ColumnId_Published_PublishedUtc",
                table: "ArticleIndex",
                columns: new[] { "SiteId", "ColumnId", "Published", "PublishedUtc" });
        }
    }
}
