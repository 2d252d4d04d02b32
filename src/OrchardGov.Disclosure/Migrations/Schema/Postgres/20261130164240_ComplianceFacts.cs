using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardGov.Disclosure.Migrations.Schema.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TimeLimit",
                table: "CatalogEntryIndex",
                type: "text",
                nullable: true);
            // Rows indexed before these columns existed get their values from their documents.
            migrationBuilder.Sql("""
                UPDATE "CatalogEntryIndex" SET "TimeLimit" =
                    (SELECT d."Content"::jsonb #>> '{CatalogEntry,TimeLimit,Text}' FROM "Documents" d WHERE d."Id" = "CatalogEntryIndex"."DocumentId");
                """);
            migrationBuilder.Sql("""
                UPDATE "ColumnIndex" SET "EmptyPage" = TRUE
                WHERE "Kind" = 'SinglePage' AND EXISTS (SELECT 1 FROM "Documents" d
                    WHERE d."Id" = "ColumnIndex"."DocumentId" AND trim(coalesce(d."Content"::jsonb #>> '{HtmlBodyPart,Html}', '')) IN ('', '<p></p>'));
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
