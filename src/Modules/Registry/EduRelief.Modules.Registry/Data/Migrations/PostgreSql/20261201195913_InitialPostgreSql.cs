using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EduRelief.Modules.Registry.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "registry");

            migrationBuilder.CreateTable(
                name: "HouseholdCategories",
                schema: "registry",
                columns: table => new
                {
                    HouseholdId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HouseholdCategories", x => new { x.HouseholdId, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "registry",
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
                name: "LedgerRefreshRuns",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerRefreshRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "registry",
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
                name: "ProcessedHouseholdFiles",
                schema: "registry",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedHouseholdFiles", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "Townships",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Townships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Schools",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<int>(type: "integer", nullable: false),
                    Classrooms = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Schools_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalSchema: "registry",
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Villages",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Villages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Villages_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalSchema: "registry",
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Students",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Boarding = table.Column<bool>(type: "boolean", nullable: false),
                    HouseholdId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CategoryMask = table.Column<int>(type: "integer", nullable: false),
                    LeftBehind = table.Column<bool>(type: "boolean", nullable: false),
                    DisabilityCategory = table.Column<int>(type: "integer", nullable: true),
                    DisabilityGrade = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    EnrolledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Students", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Students_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalSchema: "registry",
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StudentCategoryPeriods",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudentCategoryPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudentCategoryPeriods_Students_StudentId",
                        column: x => x.StudentId,
                        principalSchema: "registry",
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StudentChanges",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OldValue = table.Column<string>(type: "text", nullable: true),
                    NewValue = table.Column<string>(type: "text", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudentChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudentChanges_Students_StudentId",
                        column: x => x.StudentId,
                        principalSchema: "registry",
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StudentFileEntries",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceModule = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudentFileEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudentFileEntries_Students_StudentId",
                        column: x => x.StudentId,
                        principalSchema: "registry",
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StudentFileSummaries",
                schema: "registry",
                columns: table => new
                {
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryCount = table.Column<int>(type: "integer", nullable: false),
                    AidTotalFen = table.Column<long>(type: "bigint", nullable: false),
                    LastEntryOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ChangeCount = table.Column<int>(type: "integer", nullable: false),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudentFileSummaries", x => x.StudentId);
                    table.ForeignKey(
                        name: "FK_StudentFileSummaries_Students_StudentId",
                        column: x => x.StudentId,
                        principalSchema: "registry",
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "registry",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt",
                schema: "registry",
                table: "OutboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Schools_Code",
                schema: "registry",
                table: "Schools",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Schools_TownshipId",
                schema: "registry",
                table: "Schools",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_StudentCategoryPeriods_StudentId_Category",
                schema: "registry",
                table: "StudentCategoryPeriods",
                columns: new[] { "StudentId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_StudentChanges_StudentId",
                schema: "registry",
                table: "StudentChanges",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_StudentFileEntries_SourceModule_SourceReference",
                schema: "registry",
                table: "StudentFileEntries",
                columns: new[] { "SourceModule", "SourceReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StudentFileEntries_StudentId",
                schema: "registry",
                table: "StudentFileEntries",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_Students_HouseholdId",
                schema: "registry",
                table: "Students",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_Students_NationalId",
                schema: "registry",
                table: "Students",
                column: "NationalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Students_SchoolId",
                schema: "registry",
                table: "Students",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Townships_Code",
                schema: "registry",
                table: "Townships",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Villages_Code",
                schema: "registry",
                table: "Villages",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Villages_TownshipId",
                schema: "registry",
                table: "Villages",
                column: "TownshipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HouseholdCategories",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "LedgerRefreshRuns",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "ProcessedHouseholdFiles",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "StudentCategoryPeriods",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "StudentChanges",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "StudentFileEntries",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "StudentFileSummaries",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "Villages",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "Students",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "Schools",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "Townships",
                schema: "registry");
        }
    }
}
