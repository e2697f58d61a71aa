using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Net.Client;
using Grpc.Core;
using Telehealth.Testing;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Clinical;

/// <summary>Across all four services: a prescription becomes planned sessions, and their reminder reaches the patient's open stream.</summary>
[Collection(ClinicalCollection.Name)]
public sealed class ReminderJourneyTests(ClinicalSystem system)
{
    [Fact]
    public async Task A_prescribed_programme_is_planned_and_its_reminder_arrives_on_the_patients_stream()
    {
        var scenario = new ClinicalScenario(system);
        var subscribe = DescriptorMethods.For<SubscribeRequest, Notification>(NotificationReflection.Descriptor.Services[0].FindMethodByName("Subscribe"));
        using var stream = system.NotificationChannel.ServerStreamingCall(subscribe, new SubscribeRequest(),
            new CallOptions(headers: scenario.Patient.Headers, deadline: DateTime.UtcNow + TimeSpan.FromMinutes(4)));
        await stream.ResponseHeadersAsync;
        // The patient exercises three minutes from now, so the reminder (two minutes ahead) is due in one.
        var sessionStart = DateTimeOffset.UtcNow.AddMinutes(3);
        var preferences = new Contracts.Scheduling.V1.SetPreferencesRequest { RequestId = Guid.NewGuid().ToString(), PatientId = scenario.Patient.Id.ToString(), TimeZone = "UTC" };
        preferences.ExerciseTimes.Add(new ExerciseTime { Day = (Weekday)(((int)sessionStart.DayOfWeek + 6) % 7 + 1), StartTime = sessionStart.ToString("HH:mm:ss") });
        await system.Scheduling.CallAsync<Contracts.Scheduling.V1.SetPreferencesRequest, Contracts.Scheduling.V1.Preferences>("SetPreferences", preferences, scenario.Patient);

        await scenario.PrescribeAsync();

        var received = new List<Notification>();
        while (!received.Any(n => n.Kind == NotificationKind.SessionReminder))
        {
            Assert.True(await stream.ResponseStream.MoveNext(), "the stream ended before a reminder arrived");
            received.Add(stream.ResponseStream.Current);
        }
        Assert.Contains(received, n => n.Kind == NotificationKind.ProgrammeReady);
        Assert.Equal(Enumerable.Range(1, received.Count).Select(i => (long)i), received.Select(n => n.Cursor));
        var reminder = received.Single(n => n.Kind == NotificationKind.SessionReminder);
        Assert.Equal(scenario.Patient.Id.ToString(), reminder.PatientId);

        var week = await Eventually.SucceedsAsync(
            () => system.Scheduling.CallAsync<GetPatientPlanRequest, Schedule>("GetPatientPlan", new GetPatientPlanRequest
            {
                PatientId = scenario.Patient.Id.ToString(),
                From = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
                To = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(14)),
            }, scenario.Therapist),
            plan => plan.Sessions.Count > 0);
        Assert.All(week.Sessions, session => Assert.Equal(scenario.Programme.ProgrammeId, session.ProgrammeId));
    }
}
