using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardGov.ContentManagement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PortalSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Contact",
                table: "Sites",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ContentStamp",
                table: "Sites",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Sponsor",
                table: "Sites",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Contact",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "ContentStamp",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "Sponsor",
                table: "Sites");
        }
    }
}
