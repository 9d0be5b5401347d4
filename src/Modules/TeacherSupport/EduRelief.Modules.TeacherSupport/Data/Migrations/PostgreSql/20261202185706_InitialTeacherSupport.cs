using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EduRelief.Modules.TeacherSupport.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class InitialTeacherSupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "teacher_support");

            migrationBuilder.CreateTable(
                name: "AllowanceRolls",
                schema: "teacher_support",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Teachers = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ComputedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllowanceRolls", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "AllowanceTiers",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Location = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Monthly = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllowanceTiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Campaigns",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Courses",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "teacher_support",
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
                schema: "teacher_support",
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
                name: "Pairings",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UrbanSchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UrbanTownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RuralSchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RuralTownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pairings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Teachers",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Location = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    HiredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Staffing = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SpecialPost = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teachers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CampaignPost",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Location = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignPost", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignPost_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "teacher_support",
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PairingActivities",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PairingId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairingActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairingActivities_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalSchema: "teacher_support",
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AllowanceRollLines",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    TeacherId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Location = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Monthly = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllowanceRollLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AllowanceRollLines_AllowanceRolls_Month",
                        column: x => x.Month,
                        principalSchema: "teacher_support",
                        principalTable: "AllowanceRolls",
                        principalColumn: "Month",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AllowanceRollLines_Teachers_TeacherId",
                        column: x => x.TeacherId,
                        principalSchema: "teacher_support",
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeacherId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_Courses_CourseId",
                        column: x => x.CourseId,
                        principalSchema: "teacher_support",
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attendance_Teachers_TeacherId",
                        column: x => x.TeacherId,
                        principalSchema: "teacher_support",
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Exchanges",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PairingId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeacherId = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FromSchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ToSchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exchanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exchanges_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalSchema: "teacher_support",
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Exchanges_Teachers_TeacherId",
                        column: x => x.TeacherId,
                        principalSchema: "teacher_support",
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Postings",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TeacherId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Location = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Postings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Postings_Teachers_TeacherId",
                        column: x => x.TeacherId,
                        principalSchema: "teacher_support",
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hires",
                schema: "teacher_support",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<long>(type: "bigint", nullable: false),
                    Seat = table.Column<int>(type: "integer", nullable: false),
                    TeacherId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HiredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Rural = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hires_CampaignPost_PostId",
                        column: x => x.PostId,
                        principalSchema: "teacher_support",
                        principalTable: "CampaignPost",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Hires_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "teacher_support",
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Hires_Teachers_TeacherId",
                        column: x => x.TeacherId,
                        principalSchema: "teacher_support",
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AllowanceRollLines_Month_SchoolCode",
                schema: "teacher_support",
                table: "AllowanceRollLines",
                columns: new[] { "Month", "SchoolCode" });

            migrationBuilder.CreateIndex(
                name: "IX_AllowanceRollLines_TeacherId_Month",
                schema: "teacher_support",
                table: "AllowanceRollLines",
                columns: new[] { "TeacherId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AllowanceTiers_Location_SchoolCode_EffectiveFrom",
                schema: "teacher_support",
                table: "AllowanceTiers",
                columns: new[] { "Location", "SchoolCode", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_CourseId_TeacherId",
                schema: "teacher_support",
                table: "Attendance",
                columns: new[] { "CourseId", "TeacherId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_TeacherId",
                schema: "teacher_support",
                table: "Attendance",
                column: "TeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignPost_CampaignId_SchoolCode",
                schema: "teacher_support",
                table: "CampaignPost",
                columns: new[] { "CampaignId", "SchoolCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Code",
                schema: "teacher_support",
                table: "Campaigns",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Courses_Code",
                schema: "teacher_support",
                table: "Courses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Courses_StartsOn",
                schema: "teacher_support",
                table: "Courses",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_PairingId",
                schema: "teacher_support",
                table: "Exchanges",
                column: "PairingId");

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_TeacherId",
                schema: "teacher_support",
                table: "Exchanges",
                column: "TeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_Hires_CampaignId",
                schema: "teacher_support",
                table: "Hires",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Hires_HiredOn",
                schema: "teacher_support",
                table: "Hires",
                column: "HiredOn");

            migrationBuilder.CreateIndex(
                name: "IX_Hires_PostId_Seat",
                schema: "teacher_support",
                table: "Hires",
                columns: new[] { "PostId", "Seat" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Hires_TeacherId",
                schema: "teacher_support",
                table: "Hires",
                column: "TeacherId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "teacher_support",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt",
                schema: "teacher_support",
                table: "OutboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PairingActivities_On",
                schema: "teacher_support",
                table: "PairingActivities",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_PairingActivities_PairingId",
                schema: "teacher_support",
                table: "PairingActivities",
                column: "PairingId");

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_UrbanSchoolCode_RuralSchoolCode",
                schema: "teacher_support",
                table: "Pairings",
                columns: new[] { "UrbanSchoolCode", "RuralSchoolCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Postings_Location_StartsOn",
                schema: "teacher_support",
                table: "Postings",
                columns: new[] { "Location", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Postings_TeacherId_StartsOn",
                schema: "teacher_support",
                table: "Postings",
                columns: new[] { "TeacherId", "StartsOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Teachers_NationalId",
                schema: "teacher_support",
                table: "Teachers",
                column: "NationalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Teachers_TownshipCode_SchoolCode",
                schema: "teacher_support",
                table: "Teachers",
                columns: new[] { "TownshipCode", "SchoolCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AllowanceRollLines",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "AllowanceTiers",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "Attendance",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "Exchanges",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "Hires",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "PairingActivities",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "Postings",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "AllowanceRolls",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "Courses",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "CampaignPost",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "Pairings",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "Teachers",
                schema: "teacher_support");

            migrationBuilder.DropTable(
                name: "Campaigns",
                schema: "teacher_support");
        }
    }
}
