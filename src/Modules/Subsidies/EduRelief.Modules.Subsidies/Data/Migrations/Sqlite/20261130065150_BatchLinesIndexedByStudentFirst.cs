using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.Subsidies.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class BatchLinesIndexedByStudentFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BatchLines_BatchId_StudentId",
                table: "BatchLines");

            migrationBuilder.DropIndex(
                name: "IX_BatchLines_StudentId",
                table: "BatchLines");

            migrationBuilder.CreateIndex(
                name: "IX_BatchLines_BatchId",
                table: "BatchLines",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_BatchLines_StudentId_BatchId",
                table: "BatchLines",
                columns: new[] { "StudentId", "BatchId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BatchLines_BatchId",
                table: "BatchLines");

            migrationBuilder.DropIndex(
                name: "IX_BatchLines_StudentId_BatchId",
                table: "BatchLines");

            migrationBuilder.CreateIndex(
                name: "IX_BatchLines_BatchId_StudentId",
                table: "BatchLines",
                columns: new[] { "BatchId", "StudentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BatchLines_StudentId",
                table: "BatchLines",
                column: "StudentId");
        }
    }
}
