using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EduRelief.Modules.Subsidies.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "subsidies");

            migrationBuilder.CreateTable(
                name: "Batches",
                schema: "subsidies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Programme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Term = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RateId = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Budgets",
                schema: "subsidies",
                columns: table => new
                {
                    Programme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budgets", x => new { x.Programme, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "subsidies",
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
                schema: "subsidies",
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
                name: "OutreachActivities",
                schema: "subsidies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: false),
                    Materials = table.Column<int>(type: "integer", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachActivities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                schema: "subsidies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Programme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Term = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BankReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Programmes",
                schema: "subsidies",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Delivery = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "BatchLines",
                schema: "subsidies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Rule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BankReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BatchLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BatchLines_Batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "subsidies",
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rates",
                schema: "subsidies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Programme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rates_Programmes_Programme",
                        column: x => x.Programme,
                        principalSchema: "subsidies",
                        principalTable: "Programmes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RateLine",
                schema: "subsidies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RateId = table.Column<long>(type: "bigint", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Boarding = table.Column<bool>(type: "boolean", nullable: true),
                    AmountPerTerm = table.Column<long>(type: "bigint", nullable: false),
                    PerDay = table.Column<long>(type: "bigint", nullable: true),
                    SchoolDaysPerTerm = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RateLine_Rates_RateId",
                        column: x => x.RateId,
                        principalSchema: "subsidies",
                        principalTable: "Rates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Batches_OneDraftPerTerm",
                schema: "subsidies",
                table: "Batches",
                columns: new[] { "Programme", "Term", "Status" },
                unique: true,
                filter: "\"Status\" = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "IX_Batches_Programme_Term",
                schema: "subsidies",
                table: "Batches",
                columns: new[] { "Programme", "Term" });

            migrationBuilder.CreateIndex(
                name: "IX_BatchLines_BatchId",
                schema: "subsidies",
                table: "BatchLines",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_BatchLines_StudentId_BatchId",
                schema: "subsidies",
                table: "BatchLines",
                columns: new[] { "StudentId", "BatchId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "subsidies",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt",
                schema: "subsidies",
                table: "OutboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_Programme_Year",
                schema: "subsidies",
                table: "Payments",
                columns: new[] { "Programme", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_StudentId_Programme_Term",
                schema: "subsidies",
                table: "Payments",
                columns: new[] { "StudentId", "Programme", "Term" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RateLine_RateId",
                schema: "subsidies",
                table: "RateLine",
                column: "RateId");

            migrationBuilder.CreateIndex(
                name: "IX_Rates_Programme_EffectiveFrom",
                schema: "subsidies",
                table: "Rates",
                columns: new[] { "Programme", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BatchLines",
                schema: "subsidies");

            migrationBuilder.DropTable(
                name: "Budgets",
                schema: "subsidies");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "subsidies");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "subsidies");

            migrationBuilder.DropTable(
                name: "OutreachActivities",
                schema: "subsidies");

            migrationBuilder.DropTable(
                name: "Payments",
                schema: "subsidies");

            migrationBuilder.DropTable(
                name: "RateLine",
                schema: "subsidies");

            migrationBuilder.DropTable(
                name: "Batches",
                schema: "subsidies");

            migrationBuilder.DropTable(
                name: "Rates",
                schema: "subsidies");

            migrationBuilder.DropTable(
                name: "Programmes",
                schema: "subsidies");
        }
    }
}
