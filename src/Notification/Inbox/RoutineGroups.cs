using NodaTime;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;

namespace Telehealth.Notification.Inbox;

/// <summary>
/// Folds a page of the inbox as an email digest would: routine notifications one group per
/// patient and local day; anything urgent or awaiting an acknowledgement stays on its own.
/// </summary>
public static class RoutineGroups
{
    public static bool IsRoutine(StoredNotification notification) =>
        notification.Priority != Priority.Urgent && !(notification.RequiresAcknowledgement && notification.AcknowledgedAt is null);

    /// <param name="page">Newest first; groups come in the order of their newest notification.</param>
    public static IReadOnlyList<RoutineGroup> Of(IEnumerable<StoredNotification> page, DateTimeZone zone) =>
    [
        .. page.Where(IsRoutine)
            .GroupBy(n => (n.PatientId, Day: Instant.FromDateTimeOffset(n.CreatedAt).InZone(zone).Date))
            .Select(g => new RoutineGroup(g.Key.PatientId, g.Key.Day, [.. g])),
    ];
}
