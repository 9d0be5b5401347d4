using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class StudentListStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StudentListStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudentListStamps", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "StudentListStamps",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            // The stamp grows with every row written to students (or a school or township changed), whatever wrote
            // it, in the writing transaction. SQLite has row triggers only; it has one writer at a time, so the
            // stamp's row adds no waiting.
            migrationBuilder.Sql("""
                CREATE TRIGGER "StudentListStamp_StudentInserted" AFTER INSERT ON "Students" BEGIN UPDATE "StudentListStamps" SET "Version" = "Version" + 1 WHERE "Id" = 1; END;
                CREATE TRIGGER "StudentListStamp_StudentUpdated" AFTER UPDATE ON "Students" BEGIN UPDATE "StudentListStamps" SET "Version" = "Version" + 1 WHERE "Id" = 1; END;
                CREATE TRIGGER "StudentListStamp_StudentDeleted" AFTER DELETE ON "Students" BEGIN UPDATE "StudentListStamps" SET "Version" = "Version" + 1 WHERE "Id" = 1; END;
                CREATE TRIGGER "StudentListStamp_SchoolUpdated" AFTER UPDATE ON "Schools" BEGIN UPDATE "StudentListStamps" SET "Version" = "Version" + 1 WHERE "Id" = 1; END;
                CREATE TRIGGER "StudentListStamp_SchoolDeleted" AFTER DELETE ON "Schools" BEGIN UPDATE "StudentListStamps" SET "Version" = "Version" + 1 WHERE "Id" = 1; END;
                CREATE TRIGGER "StudentListStamp_TownshipUpdated" AFTER UPDATE ON "Townships" BEGIN UPDATE "StudentListStamps" SET "Version" = "Version" + 1 WHERE "Id" = 1; END;
                CREATE TRIGGER "StudentListStamp_TownshipDeleted" AFTER DELETE ON "Townships" BEGIN UPDATE "StudentListStamps" SET "Version" = "Version" + 1 WHERE "Id" = 1; END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "StudentListStamp_StudentInserted";
                DROP TRIGGER "StudentListStamp_StudentUpdated";
                DROP TRIGGER "StudentListStamp_StudentDeleted";
                DROP TRIGGER "StudentListStamp_SchoolUpdated";
                DROP TRIGGER "StudentListStamp_SchoolDeleted";
                DROP TRIGGER "StudentListStamp_TownshipUpdated";
                DROP TRIGGER "StudentListStamp_TownshipDeleted";
                """);

            migrationBuilder.DropTable(
                name: "StudentListStamps");
        }
    }
}
