using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Telehealth.Progress.Data.Migrations
{
    public partial class AuditTrail : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CorrectedAt",
                table: "session_reports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_records", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_PatientId_Sequence",
                table: "audit_records",
                columns: new[] { "PatientId", "Sequence" });

            // The audit trail is append-only whoever writes to the file, not only through the DbContext.
            migrationBuilder.Sql(
                "CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records " +
                "BEGIN SELECT RAISE(ABORT, 'audit records are append-only: they cannot be changed'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records " +
                "BEGIN SELECT RAISE(ABORT, 'audit records are append-only: they cannot be removed'); END;");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_records_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER audit_records_no_update;");

            migrationBuilder.DropTable(
                name: "audit_records");

            migrationBuilder.DropColumn(
                name: "CorrectedAt",
                table: "session_reports");
        }
    }
}
