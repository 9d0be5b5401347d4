using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EduRelief.Modules.DropoutControl.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class InitialDropoutControl : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "dropout_control");

            migrationBuilder.CreateTable(
                name: "Cases",
                schema: "dropout_control",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenStudentId = table.Column<Guid>(type: "uuid", nullable: true),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    StudentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DetectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DetectedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReasonCodes = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Unassigned = table.Column<bool>(type: "boolean", nullable: false),
                    NoticeIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeReturnBy = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnSchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Approval = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ObservedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnProposedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StepCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "dropout_control",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "dropout_control",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attempts",
                schema: "dropout_control",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Method = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attempts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "dropout_control",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Owners",
                schema: "dropout_control",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Owners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Owners_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "dropout_control",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Steps",
                schema: "dropout_control",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Steps_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "dropout_control",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attempts_CaseId_On",
                schema: "dropout_control",
                table: "Attempts",
                columns: new[] { "CaseId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OpenStudentId",
                schema: "dropout_control",
                table: "Cases",
                column: "OpenStudentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Outcome_OutcomeOn",
                schema: "dropout_control",
                table: "Cases",
                columns: new[] { "Outcome", "OutcomeOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SchoolCode_Stage",
                schema: "dropout_control",
                table: "Cases",
                columns: new[] { "SchoolCode", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Stage_NoticeReturnBy",
                schema: "dropout_control",
                table: "Cases",
                columns: new[] { "Stage", "NoticeReturnBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_StudentId_DetectedOn",
                schema: "dropout_control",
                table: "Cases",
                columns: new[] { "StudentId", "DetectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TownshipCode_Stage",
                schema: "dropout_control",
                table: "Cases",
                columns: new[] { "TownshipCode", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "dropout_control",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt",
                schema: "dropout_control",
                table: "OutboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Owners_CaseId_Role_From",
                schema: "dropout_control",
                table: "Owners",
                columns: new[] { "CaseId", "Role", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_Steps_CaseId_Number",
                schema: "dropout_control",
                table: "Steps",
                columns: new[] { "CaseId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attempts",
                schema: "dropout_control");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "dropout_control");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "dropout_control");

            migrationBuilder.DropTable(
                name: "Owners",
                schema: "dropout_control");

            migrationBuilder.DropTable(
                name: "Steps",
                schema: "dropout_control");

            migrationBuilder.DropTable(
                name: "Cases",
                schema: "dropout_control");
        }
    }
}
