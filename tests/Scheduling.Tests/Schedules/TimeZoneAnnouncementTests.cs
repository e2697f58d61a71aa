using Telehealth.Contracts.Events.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.Scheduling.Schedules;
using Telehealth.Scheduling.Tests.Support;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Scheduling.Tests.Schedules;

/// <summary>The patient's time zone is announced to the other services whenever it changes, so every service counts the same days.</summary>
public sealed class TimeZoneAnnouncementTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);
    private readonly Caller _patient = new(Guid.NewGuid(), CallerRole.Patient);

    private Task<Preferences> SetAsync(SchedulingHarness harness, string zone) =>
        harness.UseAsync<PreferencesSubmission, Preferences>(submission => submission.SetAsync(
            new SetPreferencesRequest { RequestId = Guid.NewGuid().ToString(), PatientId = _patient.Id.ToString(), TimeZone = zone }, _patient, CancellationToken.None));

    [Fact]
    public async Task A_first_zone_and_each_change_are_announced_once()
    {
        await using var harness = await SchedulingHarness.StartAsync(Now);

        await SetAsync(harness, "Europe/London");
        await SetAsync(harness, "Europe/London");
        await SetAsync(harness, "America/New_York");

        var announced = await harness.OutboxAsync<PatientTimeZoneChanged>();
        Assert.Equal(["Europe/London", "America/New_York"], announced.Select(e => e.TimeZone));
        Assert.All(announced, e => Assert.Equal((_patient.Id, Now), (e.PatientId, e.ChangedAt)));
    }
}
