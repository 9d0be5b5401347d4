using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.Vocational.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdultCourses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TownshipCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Trade = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdultCourses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AdultTrainees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CourseStartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NationalId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Certificate = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdultTrainees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActiveStudentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NationalId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SpecialtyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SchoolCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EnrolledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PoorHousehold = table.Column<bool>(type: "INTEGER", nullable: false),
                    OrderClassId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrderClassCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OrderEmployer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GraduatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GraduationOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HandledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "Internships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NationalId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SchoolCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Base = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Internships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrderClasses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SpecialtyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SchoolCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Students = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderClasses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Specialties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SchoolCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TownshipCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Specialties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PoorHouseholdChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Poor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoorHouseholdChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoorHouseholdChanges_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdultCourses_Code",
                table: "AdultCourses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdultCourses_StartsOn",
                table: "AdultCourses",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_AdultTrainees_CourseId_NationalId",
                table: "AdultTrainees",
                columns: new[] { "CourseId", "NationalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdultTrainees_CourseStartsOn",
                table: "AdultTrainees",
                column: "CourseStartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_ActiveStudentId",
                table: "Enrolments",
                column: "ActiveStudentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_EnrolledOn",
                table: "Enrolments",
                column: "EnrolledOn");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_GraduatedOn",
                table: "Enrolments",
                column: "GraduatedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_NationalId",
                table: "Enrolments",
                column: "NationalId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_OrderClassId",
                table: "Enrolments",
                column: "OrderClassId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_StudentId",
                table: "Enrolments",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_TownshipCode_SchoolCode",
                table: "Enrolments",
                columns: new[] { "TownshipCode", "SchoolCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Internships_EnrolmentId",
                table: "Internships",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Internships_StartsOn",
                table: "Internships",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_OrderClasses_Code",
                table: "OrderClasses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderClasses_Year",
                table: "OrderClasses",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt",
                table: "OutboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PoorHouseholdChanges_EnrolmentId_EffectiveOn",
                table: "PoorHouseholdChanges",
                columns: new[] { "EnrolmentId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Specialties_Code",
                table: "Specialties",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdultCourses");

            migrationBuilder.DropTable(
                name: "AdultTrainees");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "Internships");

            migrationBuilder.DropTable(
                name: "OrderClasses");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PoorHouseholdChanges");

            migrationBuilder.DropTable(
                name: "Specialties");

            migrationBuilder.DropTable(
                name: "Enrolments");
        }
    }
}
