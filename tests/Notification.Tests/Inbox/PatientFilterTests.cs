using Grpc.Core;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Inbox;
using Telehealth.Notification.Tests.Events;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Inbox;

public sealed class PatientFilterTests
{
    private static readonly DateTimeOffset Noon = DateTimeOffset.Parse("2026-06-10T12:00:00Z");

    [Fact]
    public async Task Asked_about_one_patient_the_inbox_lists_only_their_notifications_newest_first_a_page_at_a_time()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var (anna, ben, therapist) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await harness.PublishAsync(new PainFlareDetected(Guid.NewGuid(), anna, therapist, Guid.NewGuid(), 2, 6, "Pain rose after the session.", Noon));
        await harness.PublishAsync(new RedFlagReported(Guid.NewGuid(), ben, therapist, ["NewSaddleNumbness"], "Seek urgent care.", Noon));
        await harness.PublishAsync(new AdherenceDropped(anna, therapist, Guid.NewGuid(), 0.3, 14, Noon));
        await harness.PublishAsync(new AdherenceDropped(ben, therapist, Guid.NewGuid(), 0.4, 14, Noon));
        var caller = new Caller(therapist, CallerRole.Therapist);

        var first = await ListAsync(harness, new Proto.ListNotificationsRequest { PatientId = anna.ToString(), PageSize = 1 }, caller);
        var second = await ListAsync(harness, new Proto.ListNotificationsRequest { PatientId = anna.ToString(), PageSize = 1, BeforeCursor = first.NextBeforeCursor }, caller);

        Assert.Equal([Proto.NotificationKind.AdherenceDropped], first.Notifications.Select(n => n.Kind));
        Assert.Equal([Proto.NotificationKind.PainFlare], second.Notifications.Select(n => n.Kind));
        Assert.All(first.Notifications.Concat(second.Notifications), n => Assert.Equal(anna.ToString(), n.PatientId));
        Assert.NotEqual(0, first.NextBeforeCursor);
        Assert.Equal(0, second.NextBeforeCursor);
        // The counts stay the whole inbox's.
        Assert.Equal(4, first.UnreadCount);
    }

    [Fact]
    public async Task A_patient_outside_the_callers_inbox_finds_nothing()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var (anna, therapist, otherTherapist) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await harness.PublishAsync(new PainFlareDetected(Guid.NewGuid(), anna, therapist, Guid.NewGuid(), 2, 6, "Pain rose after the session.", Noon));

        var inbox = await ListAsync(harness, new Proto.ListNotificationsRequest { PatientId = anna.ToString() }, new Caller(otherTherapist, CallerRole.Therapist));

        Assert.Empty(inbox.Notifications);
        Assert.Equal(0, inbox.NextBeforeCursor);
    }

    [Theory]
    [InlineData("anna")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task A_patient_id_that_is_not_one_is_refused_naming_the_field(string patientId)
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => ListAsync(harness, new Proto.ListNotificationsRequest { PatientId = patientId }, new Caller(Guid.NewGuid(), CallerRole.Therapist)));

        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        Assert.Contains("patient_id", refusal.Status.Detail);
    }

    private static Task<Proto.ListNotificationsResponse> ListAsync(NotificationHarness harness, Proto.ListNotificationsRequest request, Caller caller) =>
        harness.CallAsync<InboxQueries, Proto.ListNotificationsResponse>(queries => queries.ListAsync(request, caller, CancellationToken.None));
}
