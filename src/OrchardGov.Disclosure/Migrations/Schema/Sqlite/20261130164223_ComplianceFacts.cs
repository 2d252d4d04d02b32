using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardGov.Disclosure.Migrations.Schema.Sqlite
{
    /// <inheritdoc />
    public partial class ComplianceFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "EmptyPage",
                table: "ColumnIndex",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TimeLimit",
                table: "CatalogEntryIndex",
                type: "TEXT",
                nullable: true);
            // Rows indexed before these columns existed get their values from their documents.
            migrationBuilder.Sql("""
                UPDATE "CatalogEntryIndex" SET "TimeLimit" =
                    (SELECT json_extract(d."Content", '$.CatalogEntry.TimeLimit.Text') FROM "Documents" d WHERE d."Id" = "CatalogEntryIndex"."DocumentId");
                """);
            migrationBuilder.Sql("""
                UPDATE "ColumnIndex" SET "EmptyPage" = 1
                WHERE "Kind" = 'SinglePage' AND EXISTS (SELECT 1 FROM "Documents" d
                    WHERE d."Id" = "ColumnIndex"."DocumentId" AND trim(coalesce(json_extract(d."Content", '$.HtmlBodyPart.Html'), '')) IN ('', '<p></p>'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmptyPage",
                table: "ColumnIndex");

            migrationBuilder.DropColumn(
                name: "TimeLimit",
                table: "CatalogEntryIndex");
        }
    }
}
