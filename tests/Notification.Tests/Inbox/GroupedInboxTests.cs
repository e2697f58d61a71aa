using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Inbox;
using Telehealth.Notification.Tests.Events;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Inbox;

public sealed class GroupedInboxTests
{
    private static readonly DateTimeOffset Noon = DateTimeOffset.Parse("2026-06-10T12:00:00Z");

    [Fact]
    public async Task Asked_for_groups_the_inbox_folds_a_days_routine_news_per_patient_and_keeps_urgent_news_apart()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var (anna, ben, therapist) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await harness.PublishAsync(new PainFlareDetected(Guid.NewGuid(), anna, therapist, Guid.NewGuid(), 2, 6, "Pain rose after the session.", Noon));
        await harness.PublishAsync(new AppointmentBooked(Guid.NewGuid(), anna, therapist, Noon.AddDays(1), Noon.AddDays(1).AddMinutes(30), "Flare review.", false, Noon));
        await harness.PublishAsync(new AdherenceDropped(ben, therapist, Guid.NewGuid(), 0.3, 14, Noon));
        await harness.PublishAsync(new RedFlagReported(Guid.NewGuid(), ben, therapist, ["NewSaddleNumbness"], "Seek urgent care.", Noon));

        var inbox = await harness.CallAsync<InboxQueries, Proto.ListNotificationsResponse>(queries =>
            queries.ListAsync(new Proto.ListNotificationsRequest { GroupRoutine = true }, new Caller(therapist, CallerRole.Therapist), CancellationToken.None));

        Assert.Equal(Proto.NotificationKind.RedFlag, Assert.Single(inbox.Notifications).Kind);
        Assert.Equal([ben.ToString(), anna.ToString()], inbox.Groups.Select(g => g.PatientId));
        var annas = inbox.Groups[1];
        Assert.Equal(("2026-06-10", 2, 2), (annas.Day, annas.Notifications.Count, annas.UnreadCount));
        Assert.Equal("2 updates: Review booked, Pain flare", annas.Title);
        Assert.Equal(4, inbox.UnreadCount);
    }

    [Fact]
    public async Task Without_asking_the_inbox_is_the_plain_list()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var (anna, therapist) = (Guid.NewGuid(), Guid.NewGuid());
        await harness.PublishAsync(new PainFlareDetected(Guid.NewGuid(), anna, therapist, Guid.NewGuid(), 2, 6, "Pain rose after the session.", Noon));

        var inbox = await harness.CallAsync<InboxQueries, Proto.ListNotificationsResponse>(queries =>
            queries.ListAsync(new Proto.ListNotificationsRequest(), new Caller(therapist, CallerRole.Therapist), CancellationToken.None));

        Assert.Single(inbox.Notifications);
        Assert.Empty(inbox.Groups);
    }
}
