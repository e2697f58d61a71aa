using Telehealth.Contracts.Events.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;
using Telehealth.Scheduling.Tests.Support;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>
/// A patient with a programme from a therapist, whose exercise time today is a few seconds away.
/// The patient's zone is chosen so that it is about midday there: no test straddles midnight.
/// </summary>
internal sealed class PatientScenario(SchedulingSystem system)
{
    private readonly int _offsetHours = 12 - DateTime.UtcNow.Hour;

    public TestCaller Patient { get; } = TestCaller.NewPatient();

    public TestCaller Therapist { get; } = TestCaller.NewTherapist();

    public Guid ProgrammeId { get; } = Guid.NewGuid();

    public string Zone => _offsetHours switch
    {
        0 => "Etc/GMT",
        > 0 => $"Etc/GMT-{_offsetHours}",
        _ => $"Etc/GMT+{-_offsetHours}",
    };

    /// <summary>Sets today's exercise time <paramref name="from"/> from now, in the patient's zone.</summary>
    public Task<Preferences> ExerciseInAsync(TimeSpan from)
    {
        var local = DateTime.UtcNow.AddHours(_offsetHours) + from;
        var request = new SetPreferencesRequest { RequestId = Guid.NewGuid().ToString(), PatientId = Patient.Id.ToString(), TimeZone = Zone };
        request.ExerciseTimes.Add(new ExerciseTime { Day = (Weekday)(((int)local.DayOfWeek + 6) % 7 + 1), StartTime = local.ToString("HH:mm:ss") });
        return system.Client.CallAsync<SetPreferencesRequest, Preferences>("SetPreferences", request, Patient);
    }

    /// <summary>Prescription publishes the programme on the broker; waits until today's session is planned.</summary>
    public async Task<PlannedSession> PrescribeAsync()
    {
        await system.Events.PublishAsync(Programmes.Prescribed(ProgrammeId, Patient.Id, Therapist.Id, DateTimeOffset.UtcNow, Programmes.Item("Bird-dog", 7)));
        var today = await Eventually.SucceedsAsync(() => system.Client.TodayAsync(Patient), schedule => schedule.Sessions.Count > 0);
        return today.Sessions.Single();
    }
}
