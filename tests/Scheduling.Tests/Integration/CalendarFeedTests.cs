using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>The patient's schedule as iCalendar, over gRPC and as a feed a phone subscribes to over HTTP/1.1.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class CalendarFeedTests(SchedulingSystem system)
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false });

    [Fact]
    public async Task The_feed_lists_the_sessions_and_its_address_works_until_rotated()
    {
        var scenario = new PatientScenario(system);
        await scenario.ExerciseInAsync(TimeSpan.FromHours(2));
        var session = await scenario.PrescribeAsync();

        var feed = await system.Client.CallAsync<GetCalendarFeedRequest, CalendarFeed>("GetCalendarFeed", new GetCalendarFeedRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Patient);

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", feed.Ics);
        Assert.Contains($"UID:session-{session.SessionId}@telehealth\r\n", feed.Ics);
        Assert.Equal("text/calendar; charset=utf-8", feed.ContentType);
        using var subscribed = await Http.GetAsync(new Uri(system.Process.HttpAddress, feed.SubscriptionPath));
        Assert.True(subscribed.IsSuccessStatusCode);
        Assert.Equal("text/calendar", subscribed.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"UID:session-{session.SessionId}@telehealth\r\n", await subscribed.Content.ReadAsStringAsync());

        var rotated = await system.Client.CallAsync<GetCalendarFeedRequest, CalendarFeed>("GetCalendarFeed",
            new GetCalendarFeedRequest { PatientId = scenario.Patient.Id.ToString(), RotateSubscription = true }, scenario.Patient);
        Assert.NotEqual(feed.SubscriptionPath, rotated.SubscriptionPath);
        using var revoked = await Http.GetAsync(new Uri(system.Process.HttpAddress, feed.SubscriptionPath));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, revoked.StatusCode);
        using var current = await Http.GetAsync(new Uri(system.Process.HttpAddress, rotated.SubscriptionPath));
        Assert.True(current.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Only_the_patient_gets_their_feed()
    {
        var scenario = new PatientScenario(system);

        var therapist = await Assert.ThrowsAsync<RpcException>(() => system.Client.CallAsync<GetCalendarFeedRequest, CalendarFeed>("GetCalendarFeed",
            new GetCalendarFeedRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Therapist));
        var other = await Assert.ThrowsAsync<RpcException>(() => system.Client.CallAsync<GetCalendarFeedRequest, CalendarFeed>("GetCalendarFeed",
            new GetCalendarFeedRequest { PatientId = scenario.Patient.Id.ToString() }, TestCaller.NewPatient()));

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (therapist.StatusCode, other.StatusCode));
        using var guessed = await Http.GetAsync(new Uri(system.Process.HttpAddress, "/calendar/" + new string('a', 43) + ".ics"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, guessed.StatusCode);
    }
}
