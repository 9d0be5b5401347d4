using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EduRelief.Modules.SpecialNeeds.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class InitialSpecialNeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "special_needs");

            migrationBuilder.CreateTable(
                name: "Children",
                schema: "special_needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    VillageCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Guardian = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Children", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Homes",
                schema: "special_needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    VillageCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Homes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "special_needs",
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
                schema: "special_needs",
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
                name: "Assessments",
                schema: "special_needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Recommendation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_Children_ChildId",
                        column: x => x.ChildId,
                        principalSchema: "special_needs",
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                schema: "special_needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    CurrentChildId = table.Column<Guid>(type: "uuid", nullable: true),
                    Mode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Teacher = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Goals = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GuardianConsentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReplacesPlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Children_ChildId",
                        column: x => x.ChildId,
                        principalSchema: "special_needs",
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Activities",
                schema: "special_needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HomeId = table.Column<Guid>(type: "uuid", nullable: false),
                    HomeCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Activities_Homes_HomeId",
                        column: x => x.HomeId,
                        principalSchema: "special_needs",
                        principalTable: "Homes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Counsellors",
                schema: "special_needs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HomeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counsellors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Counsellors_Homes_HomeId",
                        column: x => x.HomeId,
                        principalSchema: "special_needs",
                        principalTable: "Homes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HomeChildren",
                schema: "special_needs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HomeId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AttachedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomeChildren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HomeChildren_Homes_HomeId",
                        column: x => x.HomeId,
                        principalSchema: "special_needs",
                        principalTable: "Homes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewFlags",
                schema: "special_needs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FlaggedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewFlags_Plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "special_needs",
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                schema: "special_needs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Teacher = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hours = table.Column<long>(type: "bigint", precision: 5, scale: 2, nullable: false),
                    Content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_Plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "special_needs",
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Participants",
                schema: "special_needs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Participants_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalSchema: "special_needs",
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_HomeId",
                schema: "special_needs",
                table: "Activities",
                column: "HomeId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_On_Kind",
                schema: "special_needs",
                table: "Activities",
                columns: new[] { "On", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ChildId_AssessedOn",
                schema: "special_needs",
                table: "Assessments",
                columns: new[] { "ChildId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Children_BirthDate",
                schema: "special_needs",
                table: "Children",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Children_NationalId",
                schema: "special_needs",
                table: "Children",
                column: "NationalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Children_SchoolCode",
                schema: "special_needs",
                table: "Children",
                column: "SchoolCode");

            migrationBuilder.CreateIndex(
                name: "IX_Children_TownshipCode_Name",
                schema: "special_needs",
                table: "Children",
                columns: new[] { "TownshipCode", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Counsellors_HomeId_Name",
                schema: "special_needs",
                table: "Counsellors",
                columns: new[] { "HomeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HomeChildren_HomeId_StudentId",
                schema: "special_needs",
                table: "HomeChildren",
                columns: new[] { "HomeId", "StudentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Homes_Code",
                schema: "special_needs",
                table: "Homes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "special_needs",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt",
                schema: "special_needs",
                table: "OutboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_ActivityId_StudentId",
                schema: "special_needs",
                table: "Participants",
                columns: new[] { "ActivityId", "StudentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Participants_StudentId",
                schema: "special_needs",
                table: "Participants",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ChildId_StartsOn",
                schema: "special_needs",
                table: "Plans",
                columns: new[] { "ChildId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CurrentChildId",
                schema: "special_needs",
                table: "Plans",
                column: "CurrentChildId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Mode_ReviewOn",
                schema: "special_needs",
                table: "Plans",
                columns: new[] { "Mode", "ReviewOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ReplacesPlanId",
                schema: "special_needs",
                table: "Plans",
                column: "ReplacesPlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFlags_PlanId_Reason_Period",
                schema: "special_needs",
                table: "ReviewFlags",
                columns: new[] { "PlanId", "Reason", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_PlanId_On",
                schema: "special_needs",
                table: "Visits",
                columns: new[] { "PlanId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assessments",
                schema: "special_needs");

            migrationBuilder.DropTable(
                name: "Counsellors",
                schema: "special_needs");

            migrationBuilder.DropTable(
                name: "HomeChildren",
                schema: "special_needs");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "special_needs");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "special_needs");

            migrationBuilder.DropTable(
                name: "Participants",
                schema: "special_needs");

            migrationBuilder.DropTable(
                name: "ReviewFlags",
                schema: "special_needs");

            migrationBuilder.DropTable(
                name: "Visits",
                schema: "special_needs");

            migrationBuilder.DropTable(
                name: "Activities",
                schema: "special_needs");

            migrationBuilder.DropTable(
                name: "Plans",
                schema: "special_needs");

            migrationBuilder.DropTable(
                name: "Homes",
                schema: "special_needs");

            migrationBuilder.DropTable(
                name: "Children",
                schema: "special_needs");
        }
    }
}
