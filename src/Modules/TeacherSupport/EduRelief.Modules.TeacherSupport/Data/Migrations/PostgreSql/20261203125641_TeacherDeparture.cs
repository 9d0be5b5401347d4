using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.TeacherSupport.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class TeacherDeparture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LeavingReason",
                schema: "teacher_support",
                table: "Teachers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftOn",
                schema: "teacher_support",
                table: "Teachers",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeavingReason",
                schema: "teacher_support",
                table: "Teachers");

            migrationBuilder.DropColumn(
                name: "LeftOn",
                schema: "teacher_support",
                table: "Teachers");
        }
    }
}
