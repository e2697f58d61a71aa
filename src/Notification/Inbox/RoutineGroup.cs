using NodaTime;
using Telehealth.Notification.Data;

namespace Telehealth.Notification.Inbox;

/// <summary>One patient's routine notifications on one local day, newest first.</summary>
public sealed record RoutineGroup(Guid PatientId, LocalDate Day, IReadOnlyList<StoredNotification> Notifications)
{
    public int UnreadCount => Notifications.Count(n => n.ReadAt is null);

    /// <summary>"3 updates: Pain flare, Ready to progress, Review booked", each title once.</summary>
    public string Title
    {
        get
        {
            var titles = string.Join(", ", Notifications.Select(n => n.Title).Distinct());
            return Notifications.Count == 1 ? titles : $"{Notifications.Count} updates: {titles}";
        }
    }
}
