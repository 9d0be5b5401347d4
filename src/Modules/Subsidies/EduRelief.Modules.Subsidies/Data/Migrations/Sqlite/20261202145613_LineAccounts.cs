using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.Subsidies.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class LineAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LineAccounts",
                columns: table => new
                {
                    BatchLineId = table.Column<long>(type: "INTEGER", nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Bank = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 22, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineAccounts", x => x.BatchLineId);
                    table.ForeignKey(
                        name: "FK_LineAccounts_BatchLines_BatchLineId",
                        column: x => x.BatchLineId,
                        principalTable: "BatchLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LineAccounts");
        }
    }
}
