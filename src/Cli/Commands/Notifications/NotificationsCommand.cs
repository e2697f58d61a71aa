using System.CommandLine;
using Telehealth.Cli.Commands.Lookups;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Notification.V1;

namespace Telehealth.Cli.Commands.Notifications;

/// <summary>The caller's inbox; the same for patients and therapists, since the token says whose it is.</summary>
internal static class NotificationsCommand
{
    public static Command Create(CommandRuntime runtime, string description)
    {
        var list = List(runtime);
        var command = new Command("notifications", $"{description}; `list` when no command is given")
        {
            list,
            NotificationsWatchCommand.Create(runtime),
            Mark(runtime, "read", "Mark a notification read (its email or webhook copies not yet sent are dropped)", (client, id, token) => client.MarkReadAsync(id, token)),
            Mark(runtime, "acknowledge", "Acknowledge an urgent notification: stops its escalation", (client, id, token) => client.AcknowledgeAsync(id, token)),
        };
        // Bare `notifications` lists: the common case needs no sub-command.
        foreach (var option in list.Options)
        {
            command.Add(option);
        }
        command.Action = list.Action;
        return command;
    }

    private static Command List(CommandRuntime runtime)
    {
        var unread = new Option<bool>("--unread") { Description = "Only notifications not read yet" };
        var limit = OptionParsers.Number("--limit", "How many, newest first; default 50", 1, 200);
        var before = new Option<long?>("--before") { Description = "Only older than this cursor (paging)", HelpName = "cursor" };
        var command = new Command("list", "Your notifications, newest first") { unread, limit, before };
        runtime.SetAction(command, async context =>
        {
            var response = await context.Notification.ListAsync(new ListNotificationsRequest
            {
                UnreadOnly = context.Value(unread),
                PageSize = context.Value(limit) ?? 0,
                BeforeCursor = context.Value(before) ?? 0,
            }, context.Cancellation);
            context.Output.Show(response, () => NotificationTable.Write(context.Output, response));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Mark(CommandRuntime runtime, string name, string description, Func<Clients.NotificationClient, string, CancellationToken, Task<Notification>> mark)
    {
        var id = OptionParsers.IdArgument("notification", "The notification's id, from `notifications list`");
        var command = new Command(name, description) { id };
        runtime.SetAction(command, async context =>
        {
            var notificationId = await NotificationLookup.ResolveAsync(context, context.Value(id)!);
            var notification = await mark(context.Notification, notificationId, context.Cancellation);
            context.Output.Show(notification, () => NotificationLine.Write(context.Output, notification));
            return ExitCodes.Ok;
        });
        return command;
    }
}
