using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.Registry.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class StudentListKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ListKey",
                schema: "registry",
                table: "Students",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Students registered before the key existed draw theirs here: 64 bits from an md5 of a random number and the id.
            migrationBuilder.Sql("""
                UPDATE registry."Students"
                SET "ListKey" = ('x' || substr(md5(random()::text || "Id"::text), 1, 16))::bit(64)::bigint;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Students_ListKey",
                schema: "registry",
                table: "Students",
                column: "ListKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Students_ListKey",
                schema: "registry",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "ListKey",
                schema: "registry",
                table: "Students");
        }
    }
}
