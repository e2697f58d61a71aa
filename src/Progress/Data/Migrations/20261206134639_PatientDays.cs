using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Telehealth.Progress.Data.Migrations
{
    /// <inheritdoc />
    public partial class PatientDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OnScheduledDay",
                table: "session_reports",
                type: "INTEGER",
                nullable: false,
                // Reports stored before this column were all counted as planned sessions done.
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "patient_time_zones",
                columns: table => new
                {
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patient_time_zones", x => x.PatientId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patient_time_zones");

            migrationBuilder.DropColumn(
                name: "OnScheduledDay",
                table: "session_reports");
        }
    }
}
