using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardGov.Disclosure.Migrations.Schema.Postgres
{
    /// <inheritdoc />
    public partial class AdminWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleIndex_SiteId_IndexNumber",
                table: "ArticleIndex");

            migrationBuilder.AddColumn<string>(
                name: "ReviewStatus",
                table: "ArticleIndex",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledUtc",
                table: "ArticleIndex",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleIndex_ScheduledUtc",
                table: "ArticleIndex",
                column: "ScheduledUtc",
                filter: "\"ScheduledUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleIndex_SiteId_ReviewStatus",
                table: "ArticleIndex",
                columns: new[] { "SiteId", "ReviewStatus" });

            migrationBuilder.CreateIndex(
                name: "UX_ArticleIndex_IndexNumber",
                table: "ArticleIndex",
                columns: new[] { "SiteId", "IndexNumber" },
                unique: true,
                filter: "\"Latest\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleIndex_ScheduledUtc",
                table: "ArticleIndex");

            migrationBuilder.DropIndex(
                name: "IX_ArticleIndex_SiteId_ReviewStatus",
                table: "ArticleIndex");

            migrationBuilder.DropIndex(
                name: "UX_ArticleIndex_IndexNumber",
                table: "ArticleIndex");

            migrationBuilder.DropColumn(
                name: "ReviewStatus",
                table: "ArticleIndex");

            migrationBuilder.DropColumn(
                name: "ScheduledUtc",
                table: "ArticleIndex");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleIndex_SiteId_IndexNumber",
                table: "ArticleIndex",
                columns: new[] { "SiteId", "IndexNumber" });
        }
    }
}
