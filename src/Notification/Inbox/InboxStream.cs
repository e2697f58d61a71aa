using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.ServiceDefaults.Api;
using Telehealth.Notification.Data;
using Telehealth.Notification.Delivery;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Inbox;

/// <summary>
/// Subscribe: the recipient's notifications after a cursor, in cursor order, then live. The
/// stream registers for wake-ups before it first reads, and every read asks the database for
/// "after the last cursor sent", so nothing committed is skipped and nothing is sent twice,
/// across replay, live, and a reconnect with the last cursor.
/// </summary>
public sealed class InboxStream(NotificationDbContext db, InAppBroadcaster broadcaster, IHostApplicationLifetime lifetime)
{
    private const int BatchSize = 100;

    // A wake-up is never missed, but a slow safety poll costs little and bounds any surprise.
    private static readonly TimeSpan SafetyPoll = TimeSpan.FromSeconds(30);

    public async Task StreamAsync(Guid recipientId, long afterCursor, IServerStreamWriter<Proto.Notification> writer, ServerCallContext context)
    {
        if (afterCursor < 0)
        {
            throw RichStatus.InvalidArgument("after_cursor", "must be 0 or more");
        }
        using var subscription = broadcaster.Subscribe(recipientId);
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        var cancellationToken = ending.Token;
        // Headers now tell the app the stream is registered, before anything arrives.
        await context.WriteResponseHeadersAsync(new Metadata());
        var last = afterCursor;
        try
        {
            while (true)
            {
                var batch = await db.Notifications.AsNoTracking()
                    .Where(n => n.RecipientId == recipientId && n.Sequence > last)
                    .OrderBy(n => n.Sequence)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
                foreach (var notification in batch)
                {
                    await writer.WriteAsync(NotificationMapping.ToProto(notification), cancellationToken);
                    last = notification.Sequence;
                }
                if (batch.Count < BatchSize)
                {
                    await subscription.WaitAsync(SafetyPoll, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The service is stopping: subscribe again with after_cursor set to the last cursor received."));
        }
    }
}
