using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.Registry.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class GuardiansAndAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountBank",
                schema: "registry",
                table: "Students",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccountHolder",
                schema: "registry",
                table: "Students",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccountNumber",
                schema: "registry",
                table: "Students",
                type: "character varying(22)",
                maxLength: 22,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuardianName",
                schema: "registry",
                table: "Students",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuardianNationalId",
                schema: "registry",
                table: "Students",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuardianPhone",
                schema: "registry",
                table: "Students",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuardianRelation",
                schema: "registry",
                table: "Students",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccountBank",
                schema: "registry",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "AccountHolder",
                schema: "registry",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "AccountNumber",
                schema: "registry",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "GuardianName",
                schema: "registry",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "GuardianNationalId",
                schema: "registry",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "GuardianPhone",
                schema: "registry",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "GuardianRelation",
                schema: "registry",
                table: "Students");
        }
    }
}
