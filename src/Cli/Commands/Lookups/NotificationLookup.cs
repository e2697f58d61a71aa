using Telehealth.Cli.Input;
using Telehealth.Contracts.Notification.V1;

namespace Telehealth.Cli.Commands.Lookups;

/// <summary>A notification named by the start of its id: looked up in the caller's inbox, newest first, page by page.</summary>
internal static class NotificationLookup
{
    private const int PageSize = 200;

    // An inbox is read back this far; an older notification needs its whole id.
    private const int MostPages = 10;

    public static async Task<string> ResolveAsync(CommandContext context, IdPrefix prefix)
    {
        if (prefix.Whole is { } whole)
        {
            return whole.ToString();
        }
        var inbox = new List<Notification>();
        long before = 0;
        for (var page = 0; page < MostPages; page++)
        {
            var response = await context.Notification.ListAsync(new ListNotificationsRequest { PageSize = PageSize, BeforeCursor = before }, context.Cancellation);
            inbox.AddRange(response.Notifications);
            before = response.NextBeforeCursor;
            if (before == 0)
            {
                break;
            }
        }
        return IdMatch.Single(
            inbox, prefix, n => n.NotificationId,
            n => $"{context.Output.Time(n.CreatedAt)} {EnumNames.Of(n.Kind)}: {n.Title}",
            "notification in your inbox").NotificationId;
    }
}
