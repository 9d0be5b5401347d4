using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduRelief.Modules.Registry.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class StudentListStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StudentListStamps",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudentListStamps", x => x.Id);
                });

            migrationBuilder.InsertData(
                schema: "registry",
                table: "StudentListStamps",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            // The stamp grows once per transaction that writes students (or changes a school or township), whatever
            // wrote them. Deferred to the commit, so the stamp's one row is locked only while committing: a long
            // import does not hold up other writers for its whole length. Each row event only checks a
            // transaction-local setting; the first one of a transaction bumps the version.
            migrationBuilder.Sql("""
                CREATE FUNCTION registry.student_list_stamp_bump() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_setting('edurelief.student_list_stamp_xact', true) IS DISTINCT FROM txid_current()::text THEN
                        PERFORM set_config('edurelief.student_list_stamp_xact', txid_current()::text, true);
                        UPDATE registry."StudentListStamps" SET "Version" = "Version" + 1 WHERE "Id" = 1;
                    END IF;
                    RETURN NULL;
                END
                $$;
                CREATE CONSTRAINT TRIGGER student_list_stamp AFTER INSERT OR UPDATE OR DELETE ON registry."Students"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry.student_list_stamp_bump();
                CREATE CONSTRAINT TRIGGER student_list_stamp AFTER UPDATE OR DELETE ON registry."Schools"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry.student_list_stamp_bump();
                CREATE CONSTRAINT TRIGGER student_list_stamp AFTER UPDATE OR DELETE ON registry."Townships"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry.student_list_stamp_bump();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER student_list_stamp ON registry."Students";
                DROP TRIGGER student_list_stamp ON registry."Schools";
                DROP TRIGGER student_list_stamp ON registry."Townships";
                DROP FUNCTION registry.student_list_stamp_bump();
                """);

            migrationBuilder.DropTable(
                name: "StudentListStamps",
                schema: "registry");
        }
    }
}
