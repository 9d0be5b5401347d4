using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.Registry.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class StudentNameOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Students_Name_ListKey",
                schema: "registry",
                table: "Students",
                columns: new[] { "Name", "ListKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Students_Name_ListKey",
                schema: "registry",
                table: "Students");
        }
    }
}
