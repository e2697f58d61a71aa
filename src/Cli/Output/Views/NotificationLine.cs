using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Notification.V1;

namespace Telehealth.Cli.Output.Views;

/// <summary>One notification on one line, as `notifications watch` prints them while they arrive.</summary>
internal static class NotificationLine
{
    public static void Write(CommandOutput output, Notification notification)
    {
        var acknowledge = notification.RequiresAcknowledgement && notification.AcknowledgedAt is null ? " [red](needs acknowledging)[/]" : "";
        output.Screen.MarkupLine(
            $"{output.Time(notification.CreatedAt)} {Priority(notification.Priority)} {EnumNames.Of(notification.Kind)}: " +
            $"[bold]{Markup.Escape(notification.Title)}[/] — {Markup.Escape(notification.Body)}{acknowledge}");
    }

    public static string Priority(Priority priority) => priority switch
    {
        Contracts.Notification.V1.Priority.Urgent => "[bold white on red]URGENT[/]",
        Contracts.Notification.V1.Priority.Normal => "normal",
        Contracts.Notification.V1.Priority.Low => "[grey]low[/]",
        _ => "—",
    };
}
