using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.DropoutControl.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class AddRiskScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RiskScores",
                schema: "dropout_control",
                columns: table => new
                {
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Age = table.Column<int>(type: "integer", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    SignalCodes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScoredOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskScores", x => x.StudentId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RiskScores_SchoolCode_Score",
                schema: "dropout_control",
                table: "RiskScores",
                columns: new[] { "SchoolCode", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskScores_Score",
                schema: "dropout_control",
                table: "RiskScores",
                column: "Score");

            migrationBuilder.CreateIndex(
                name: "IX_RiskScores_TownshipCode_Score",
                schema: "dropout_control",
                table: "RiskScores",
                columns: new[] { "TownshipCode", "Score" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiskScores",
                schema: "dropout_control");
        }
    }
}
