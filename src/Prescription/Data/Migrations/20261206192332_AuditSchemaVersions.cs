using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Telehealth.Prescription.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditSchemaVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SchemaVersion",
                table: "audit_records",
                type: "INTEGER",
                nullable: false,
                // Every record written before versions existed has the first version's shape.
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SchemaVersion",
                table: "audit_records");
        }
    }
}
