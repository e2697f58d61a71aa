using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;

namespace Telehealth.Progress.Tests.Events;

public sealed class PatientTimeZoneConsumerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_newest_zone_is_kept_whatever_order_the_changes_arrive_in()
    {
        await using var harness = await ConsumerHarness.StartAsync();
        var patient = Guid.NewGuid();

        await harness.PublishAsync(new PatientTimeZoneChanged(patient, "America/New_York", Monday.AddDays(1)), Guid.NewGuid());
        await harness.ConsumedAsync<PatientTimeZoneChanged>();
        await harness.PublishAsync(new PatientTimeZoneChanged(patient, "Europe/London", Monday), Guid.NewGuid());
        await harness.ConsumedAsync<PatientTimeZoneChanged>(count: 2);

        var kept = await harness.QueryAsync(db => db.PatientTimeZones.SingleAsync());
        Assert.Equal((patient, "America/New_York", Monday.AddDays(1)), (kept.PatientId, kept.TimeZone, kept.ChangedAt));
    }
}
