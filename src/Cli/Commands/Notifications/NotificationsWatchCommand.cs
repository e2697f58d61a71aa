using System.CommandLine;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Notification.V1;
using Grpc.Core;

namespace Telehealth.Cli.Commands.Notifications;

/// <summary>
/// Prints notifications as they arrive until Ctrl+C (with --json, one object per line). A lost
/// connection is resumed from the last cursor seen, which the service promises loses and repeats nothing.
/// </summary>
internal static class NotificationsWatchCommand
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    public static Command Create(CommandRuntime runtime)
    {
        var after = new Option<long?>("--after") { Description = "Replay everything after this cursor first (0: the whole inbox); default: only what is new", HelpName = "cursor" };
        var command = new Command("watch", "Print notifications as they arrive, until Ctrl+C") { after };
        runtime.SetAction(command, async context =>
        {
            var client = context.Notification;
            // One ordinary call first: it proves the service is there (or fails with the usual sentence) and gives the newest cursor.
            var inbox = await client.ListAsync(new ListNotificationsRequest { PageSize = 1 }, context.Cancellation);
            var cursor = context.Value(after) ?? inbox.LatestCursor;
            context.Output.Note($"Watching notifications ({inbox.UnreadCount} unread); Ctrl+C to stop.");
            var backoff = FirstBackoff;
            while (!context.Cancellation.IsCancellationRequested)
            {
                try
                {
                    await foreach (var notification in client.SubscribeAsync(cursor, context.Cancellation))
                    {
                        context.Output.Show(notification, () => NotificationLine.Write(context.Output, notification));
                        cursor = notification.Cursor;
                        backoff = FirstBackoff;
                    }
                }
                catch (ServiceCallException lost) when (lost.StatusCode is StatusCode.Unavailable or StatusCode.Internal or StatusCode.Unknown)
                {
                    context.Output.Note($"Lost the notification service ({lost.Rpc.Status.Detail.TrimEnd('.')}); reconnecting in {Durations.Describe(backoff)}.");
                }
                catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
                {
                    break;
                }
                try
                {
                    await Task.Delay(backoff, context.Host.Clock, context.Cancellation);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, context.Host.ReconnectBackoffCap.Ticks));
            }
            // Ctrl+C is how a watch ends: that is success.
            return ExitCodes.Ok;
        });
        return command;
    }
}
