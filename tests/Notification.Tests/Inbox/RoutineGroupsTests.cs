using NodaTime;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.Notification.Inbox;

namespace Telehealth.Notification.Tests.Inbox;

public sealed class RoutineGroupsTests
{
    private static readonly Guid Anna = Guid.NewGuid();
    private static readonly Guid Ben = Guid.NewGuid();
    private static readonly DateTimeZone Sydney = DateTimeZoneProviders.Tzdb["Australia/Sydney"];

    [Fact]
    public void Routine_news_groups_per_patient_and_local_day_newest_group_first()
    {
        // Sydney is ten hours ahead in June: 14:10 UTC is already the next day there, 13:30 UTC is not.
        var page = new[]
        {
            Stored(Anna, "2026-06-10T14:40:00Z", "Ready to progress"),
            Stored(Ben, "2026-06-10T14:20:00Z", "Review booked"),
            Stored(Anna, "2026-06-10T14:10:00Z", "Pain flare"),
            Stored(Anna, "2026-06-10T13:30:00Z", "Review booked"),
        };

        var groups = RoutineGroups.Of(page, Sydney);

        Assert.Equal(
            [(Anna, new LocalDate(2026, 6, 11), 2), (Ben, new LocalDate(2026, 6, 11), 1), (Anna, new LocalDate(2026, 6, 10), 1)],
            groups.Select(g => (g.PatientId, g.Day, g.Notifications.Count)));
        Assert.Equal("2 updates: Ready to progress, Pain flare", groups[0].Title);
        Assert.Equal("Review booked", groups[1].Title);
    }

    [Fact]
    public void Urgent_news_and_news_awaiting_an_acknowledgement_stay_on_their_own()
    {
        var urgent = Stored(Anna, "2026-06-10T14:00:00Z", "Red flag reported", Priority.Urgent);
        var awaiting = Stored(Anna, "2026-06-10T13:00:00Z", "Pain flare");
        awaiting.RequiresAcknowledgement = true;
        var acknowledged = Stored(Anna, "2026-06-10T12:00:00Z", "Pain flare");
        acknowledged.RequiresAcknowledgement = true;
        acknowledged.AcknowledgedAt = DateTimeOffset.Parse("2026-06-10T12:10:00Z");

        var groups = RoutineGroups.Of([urgent, awaiting, acknowledged], DateTimeZone.Utc);

        Assert.Same(acknowledged, Assert.Single(Assert.Single(groups).Notifications));
    }

    [Fact]
    public void A_group_counts_what_is_still_unread()
    {
        var read = Stored(Anna, "2026-06-10T14:00:00Z", "Review booked");
        read.ReadAt = DateTimeOffset.Parse("2026-06-10T15:00:00Z");

        var group = Assert.Single(RoutineGroups.Of([read, Stored(Anna, "2026-06-10T13:00:00Z", "Ready to progress")], DateTimeZone.Utc));

        Assert.Equal(1, group.UnreadCount);
    }

    private static StoredNotification Stored(Guid patient, string at, string title, Priority priority = Priority.Normal) => new()
    {
        Id = Guid.NewGuid(),
        PatientId = patient,
        CreatedAt = DateTimeOffset.Parse(at),
        Title = title,
        Priority = priority,
        Kind = NotificationKind.ReviewRequested,
    };
}
