using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EduRelief.Modules.SchoolConstruction.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class InitialSchoolConstruction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "school_construction");

            migrationBuilder.CreateTable(
                name: "Buildings",
                schema: "school_construction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Use = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FloorArea = table.Column<long>(type: "bigint", nullable: false),
                    YearBuilt = table.Column<int>(type: "integer", nullable: false),
                    Structure = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Grade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AppraisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextAppraisalDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DemolishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DemolishedBy = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Buildings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Equipment",
                schema: "school_construction",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Classrooms = table.Column<int>(type: "integer", nullable: false),
                    MultimediaClassrooms = table.Column<int>(type: "integer", nullable: false),
                    Labs = table.Column<int>(type: "integer", nullable: false),
                    LibraryVolumes = table.Column<int>(type: "integer", nullable: false),
                    OnlineClassrooms = table.Column<int>(type: "integer", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Equipment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FacilitiesLedger",
                schema: "school_construction",
                columns: table => new
                {
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SchoolName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Location = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Buildings = table.Column<int>(type: "integer", nullable: false),
                    DGradeBuildings = table.Column<int>(type: "integer", nullable: false),
                    DGradeArea = table.Column<long>(type: "bigint", nullable: false),
                    OverdueAppraisals = table.Column<int>(type: "integer", nullable: false),
                    Seats = table.Column<int>(type: "integer", nullable: false),
                    EquipmentAsOf = table.Column<DateOnly>(type: "date", nullable: true),
                    Classrooms = table.Column<int>(type: "integer", nullable: false),
                    MultimediaClassrooms = table.Column<int>(type: "integer", nullable: false),
                    OnlineClassrooms = table.Column<int>(type: "integer", nullable: false),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FacilitiesLedger", x => x.SchoolCode);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "school_construction",
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
                schema: "school_construction",
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
                name: "Projects",
                schema: "school_construction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PlannedSeats = table.Column<int>(type: "integer", nullable: false),
                    ActualSeats = table.Column<int>(type: "integer", nullable: true),
                    PlannedStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BudgetRevision = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Appraisals",
                schema: "school_construction",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BuildingId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppraisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Grade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AppraisedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReportNo = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NextDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appraisals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appraisals_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalSchema: "school_construction",
                        principalTable: "Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLine",
                schema: "school_construction",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    RevisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RevisedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetLine_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "school_construction",
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectRemoval",
                schema: "school_construction",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuildingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectRemoval", x => new { x.ProjectId, x.BuildingId });
                    table.ForeignKey(
                        name: "FK_ProjectRemoval_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "school_construction",
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Spending",
                schema: "school_construction",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    SpentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Spending", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Spending_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "school_construction",
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatusChanges",
                schema: "school_construction",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusChanges_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "school_construction",
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appraisals_BuildingId_ReportNo",
                schema: "school_construction",
                table: "Appraisals",
                columns: new[] { "BuildingId", "ReportNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLine_ProjectId_Revision_Source",
                schema: "school_construction",
                table: "BudgetLine",
                columns: new[] { "ProjectId", "Revision", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Buildings_Grade",
                schema: "school_construction",
                table: "Buildings",
                column: "Grade");

            migrationBuilder.CreateIndex(
                name: "IX_Buildings_NextAppraisalDueOn",
                schema: "school_construction",
                table: "Buildings",
                column: "NextAppraisalDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Buildings_SchoolCode_Name",
                schema: "school_construction",
                table: "Buildings",
                columns: new[] { "SchoolCode", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Buildings_TownshipCode_SchoolCode",
                schema: "school_construction",
                table: "Buildings",
                columns: new[] { "TownshipCode", "SchoolCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Equipment_SchoolCode_AsOf",
                schema: "school_construction",
                table: "Equipment",
                columns: new[] { "SchoolCode", "AsOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FacilitiesLedger_TownshipCode",
                schema: "school_construction",
                table: "FacilitiesLedger",
                column: "TownshipCode");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "school_construction",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt",
                schema: "school_construction",
                table: "OutboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Code",
                schema: "school_construction",
                table: "Projects",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_TownshipCode_SchoolCode",
                schema: "school_construction",
                table: "Projects",
                columns: new[] { "TownshipCode", "SchoolCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Spending_ProjectId",
                schema: "school_construction",
                table: "Spending",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Spending_SpentOn",
                schema: "school_construction",
                table: "Spending",
                column: "SpentOn");

            migrationBuilder.CreateIndex(
                name: "IX_StatusChanges_ProjectId_Status",
                schema: "school_construction",
                table: "StatusChanges",
                columns: new[] { "ProjectId", "Status" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatusChanges_Status_On",
                schema: "school_construction",
                table: "StatusChanges",
                columns: new[] { "Status", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appraisals",
                schema: "school_construction");

            migrationBuilder.DropTable(
                name: "BudgetLine",
                schema: "school_construction");

            migrationBuilder.DropTable(
                name: "Equipment",
                schema: "school_construction");

            migrationBuilder.DropTable(
                name: "FacilitiesLedger",
                schema: "school_construction");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "school_construction");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "school_construction");

            migrationBuilder.DropTable(
                name: "ProjectRemoval",
                schema: "school_construction");

            migrationBuilder.DropTable(
                name: "Spending",
                schema: "school_construction");

            migrationBuilder.DropTable(
                name: "StatusChanges",
                schema: "school_construction");

            migrationBuilder.DropTable(
                name: "Buildings",
                schema: "school_construction");

            migrationBuilder.DropTable(
                name: "Projects",
                schema: "school_construction");
        }
    }
}
