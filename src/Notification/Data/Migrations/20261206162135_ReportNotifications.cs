using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Telehealth.Notification.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReportId",
                table: "notifications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notification_findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NotificationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceEventType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequiresAcknowledgement = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notification_findings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_RecipientId_ReportId",
                table: "notifications",
                columns: new[] { "RecipientId", "ReportId" },
                unique: true,
                filter: "\"ReportId\" IS NOT NULL AND \"ReadAt\" IS NULL AND \"AcknowledgedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_notification_findings_NotificationId",
                table: "notification_findings",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_notification_findings_SourceEventId_RecipientId",
                table: "notification_findings",
                columns: new[] { "SourceEventId", "RecipientId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notification_findings");

            migrationBuilder.DropIndex(
                name: "IX_notifications_RecipientId_ReportId",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "ReportId",
                table: "notifications");
        }
    }
}
