using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Notification.V1;

namespace Telehealth.Cli.Output.Views;

internal static class NotificationTable
{
    public static void Write(CommandOutput output, ListNotificationsResponse response)
    {
        output.Screen.MarkupLine($"{response.UnreadCount} unread.");
        if (response.Notifications.Count == 0)
        {
            return;
        }
        var shortId = ShortIds.For(response.Notifications.SelectMany(n => new[] { n.NotificationId, n.PatientId }));
        var table = new Table().AddColumns("When", "Priority", "Kind").AddColumn(Columns.Id("Patient")).AddColumns("Title", "Read").AddColumn(Columns.Id("Notification")).AddColumns("Cursor");
        foreach (var notification in response.Notifications)
        {
            table.AddRow(
                output.Time(notification.CreatedAt),
                NotificationLine.Priority(notification.Priority),
                EnumNames.Of(notification.Kind),
                notification.PatientId.Length > 0 ? shortId(notification.PatientId) : "—",
                Markup.Escape(notification.Title),
                notification.ReadAt is null ? "[bold]new[/]" : "read",
                shortId(notification.NotificationId),
                notification.Cursor.ToString());
        }
        output.Screen.Write(table);
        if (response.NextBeforeCursor > 0)
        {
            output.Note($"More: add --before {response.NextBeforeCursor}.");
        }
    }
}
