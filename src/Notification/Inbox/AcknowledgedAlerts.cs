using Microsoft.EntityFrameworkCore;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;

namespace Telehealth.Notification.Inbox;

/// <summary>The notifications that stand for a clinical alert another service keeps open until a therapist has seen it.</summary>
internal static class AcknowledgedAlerts
{
    public static bool IsAlert(NotificationKind kind) => kind is NotificationKind.RedFlag or NotificationKind.PainFlare or NotificationKind.AdherenceDropped;

    /// <summary>
    /// Each kind of alert a notification stands for, with when its newest finding arrived: a
    /// therapist's notification about a report may gather a red flag and a flare together.
    /// </summary>
    public static async Task<IReadOnlyList<(NotificationKind Kind, DateTimeOffset RaisedAt)>> InAsync(
        NotificationDbContext db, StoredNotification notification, CancellationToken cancellationToken)
    {
        if (notification.ReportId is null)
        {
            return IsAlert(notification.Kind) ? [(notification.Kind, notification.CreatedAt)] : [];
        }
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.NotificationId == notification.Id)
            .Select(f => new { f.Kind, f.AddedAt })
            .ToListAsync(cancellationToken);
        return [.. findings.Where(f => IsAlert(f.Kind)).GroupBy(f => f.Kind).Select(g => (g.Key, g.Max(f => f.AddedAt)))];
    }
}
