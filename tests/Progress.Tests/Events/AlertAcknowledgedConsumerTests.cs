using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Progress.Data;

namespace Telehealth.Progress.Tests.Events;

public sealed class AlertAcknowledgedConsumerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Alerts_of_the_kind_raised_up_to_the_acknowledged_one_are_acknowledged_and_later_ones_stay_open()
    {
        await using var harness = await ConsumerHarness.StartAsync();
        var patient = Guid.NewGuid();
        var therapist = Guid.NewGuid();
        await harness.QueryAsync(async db =>
        {
            db.Alerts.AddRange(
                Alert(patient, "RedFlag", Monday),
                Alert(patient, "PainFlare", Monday),
                Alert(patient, "RedFlag", Monday.AddHours(2)),
                Alert(Guid.NewGuid(), "RedFlag", Monday));
            return await db.SaveChangesAsync();
        });

        await harness.PublishAsync(new AlertAcknowledged(Guid.NewGuid(), patient, therapist, "RedFlag", Monday.AddMinutes(1), Monday.AddMinutes(30)), Guid.NewGuid());
        await harness.ConsumedAsync<AlertAcknowledged>();

        var alerts = await harness.QueryAsync(db => db.Alerts.AsNoTracking().OrderBy(a => a.Kind).ToListAsync());
        var acknowledged = Assert.Single(alerts, a => a.AcknowledgedAt is not null);
        Assert.Equal((patient, "RedFlag", Monday, therapist, Monday.AddMinutes(30)),
            (acknowledged.PatientId, acknowledged.Kind, acknowledged.RaisedAt, acknowledged.AcknowledgedBy, acknowledged.AcknowledgedAt));
    }

    private static RaisedAlert Alert(Guid patient, string kind, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), PatientId = patient, TherapistId = Guid.NewGuid(), Kind = kind, Explanation = "An alert", RaisedAt = at };
}
