using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.Notification.Data;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Notification.Inbox;

internal static class NotificationLookup
{
    public static Guid ParseId(string notificationId)
    {
        var errors = new FieldErrors();
        var id = errors.Uuid("notification_id", notificationId);
        errors.ThrowIfAny();
        return id;
    }

    /// <summary>The caller's own notification. Someone else's is NOT_FOUND, as if it did not exist, so ids cannot be probed.</summary>
    public static async Task<StoredNotification> OwnAsync(NotificationDbContext db, Guid notificationId, Caller caller, CancellationToken cancellationToken) =>
        await db.Notifications.FirstOrDefaultAsync(n => n.Id == notificationId && n.RecipientId == caller.Id, cancellationToken)
        ?? throw NotFound();

    public static RpcException NotFound() =>
        new(new Status(StatusCode.NotFound, "notification_id: no such notification among yours."));
}
