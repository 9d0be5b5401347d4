using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.DropoutControl.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddRiskScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RiskScores",
                columns: table => new
                {
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NationalId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TownshipCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SchoolCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    SignalCodes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ScoredOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskScores", x => x.StudentId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RiskScores_SchoolCode_Score",
                table: "RiskScores",
                columns: new[] { "SchoolCode", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskScores_Score",
                table: "RiskScores",
                column: "Score");

            migrationBuilder.CreateIndex(
                name: "IX_RiskScores_TownshipCode_Score",
                table: "RiskScores",
                columns: new[] { "TownshipCode", "Score" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiskScores");
        }
    }
}
