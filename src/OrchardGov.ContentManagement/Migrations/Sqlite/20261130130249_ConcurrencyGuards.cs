using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardGov.ContentManagement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConcurrencyGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "UX_Documents_SingleDocument",
                table: "Documents",
                columns: new[] { "SiteId", "Type" },
                unique: true,
                filter: "\"Type\" <> 'ContentItem'");

            migrationBuilder.CreateIndex(
                name: "UX_ContentItemIndex_Latest",
                table: "ContentItemIndex",
                columns: new[] { "SiteId", "ContentItemId" },
                unique: true,
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "UX_ContentItemIndex_Published",
                table: "ContentItemIndex",
                columns: new[] { "SiteId", "ContentItemId" },
                unique: true,
                filter: "\"Published\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_Documents_SingleDocument",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "UX_ContentItemIndex_Latest",
                table: "ContentItemIndex");

            migrationBuilder.DropIndex(
                name: "UX_ContentItemIndex_Published",
                table: "ContentItemIndex");
        }
    }
}
