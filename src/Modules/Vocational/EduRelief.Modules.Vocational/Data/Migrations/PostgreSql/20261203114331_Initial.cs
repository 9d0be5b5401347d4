using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EduRelief.Modules.Vocational.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "vocational");

            migrationBuilder.CreateTable(
                name: "AdultCourses",
                schema: "vocational",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Trade = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdultCourses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AdultTrainees",
                schema: "vocational",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CourseStartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Certificate = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdultTrainees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Enrolments",
                schema: "vocational",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActiveStudentId = table.Column<Guid>(type: "uuid", nullable: true),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SpecialtyCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EnrolledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PoorHousehold = table.Column<bool>(type: "boolean", nullable: false),
                    OrderClassId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrderClassCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    OrderEmployer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GraduatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GraduationOutcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpOutcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Employer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "vocational",
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
                name: "Internships",
                schema: "vocational",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Base = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Internships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrderClasses",
                schema: "vocational",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SpecialtyCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Employer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Students = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderClasses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "vocational",
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
                name: "Specialties",
                schema: "vocational",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Specialties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PoorHouseholdChanges",
                schema: "vocational",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Poor = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoorHouseholdChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoorHouseholdChanges_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalSchema: "vocational",
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdultCourses_Code",
                schema: "vocational",
                table: "AdultCourses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdultCourses_StartsOn",
                schema: "vocational",
                table: "AdultCourses",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_AdultTrainees_CourseId_NationalId",
                schema: "vocational",
                table: "AdultTrainees",
                columns: new[] { "CourseId", "NationalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdultTrainees_CourseStartsOn",
                schema: "vocational",
                table: "AdultTrainees",
                column: "CourseStartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_ActiveStudentId",
                schema: "vocational",
                table: "Enrolments",
                column: "ActiveStudentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_EnrolledOn",
                schema: "vocational",
                table: "Enrolments",
                column: "EnrolledOn");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_GraduatedOn",
                schema: "vocational",
                table: "Enrolments",
                column: "GraduatedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_NationalId",
                schema: "vocational",
                table: "Enrolments",
                column: "NationalId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_OrderClassId",
                schema: "vocational",
                table: "Enrolments",
                column: "OrderClassId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_StudentId",
                schema: "vocational",
                table: "Enrolments",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_TownshipCode_SchoolCode",
                schema: "vocational",
                table: "Enrolments",
                columns: new[] { "TownshipCode", "SchoolCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Internships_EnrolmentId",
                schema: "vocational",
                table: "Internships",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Internships_StartsOn",
                schema: "vocational",
                table: "Internships",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_OrderClasses_Code",
                schema: "vocational",
                table: "OrderClasses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderClasses_Year",
                schema: "vocational",
                table: "OrderClasses",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "vocational",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt",
                schema: "vocational",
                table: "OutboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PoorHouseholdChanges_EnrolmentId_EffectiveOn",
                schema: "vocational",
                table: "PoorHouseholdChanges",
                columns: new[] { "EnrolmentId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Specialties_Code",
                schema: "vocational",
                table: "Specialties",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdultCourses",
                schema: "vocational");

            migrationBuilder.DropTable(
                name: "AdultTrainees",
                schema: "vocational");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "vocational");

            migrationBuilder.DropTable(
                name: "Internships",
                schema: "vocational");

            migrationBuilder.DropTable(
                name: "OrderClasses",
                schema: "vocational");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "vocational");

            migrationBuilder.DropTable(
                name: "PoorHouseholdChanges",
                schema: "vocational");

            migrationBuilder.DropTable(
                name: "Specialties",
                schema: "vocational");

            migrationBuilder.DropTable(
                name: "Enrolments",
                schema: "vocational");
        }
    }
}
