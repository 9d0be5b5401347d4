using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class StudentListKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ListKey",
                table: "Students",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Students registered before the key existed draw theirs here (SQLite's random() is a signed 64-bit number).
            migrationBuilder.Sql("UPDATE \"Students\" SET \"ListKey\" = random();");

            migrationBuilder.CreateIndex(
                name: "IX_Students_ListKey",
                table: "Students",
                column: "ListKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Students_ListKey",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "ListKey",
                table: "Students");
        }
    }
}
