using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;

namespace Telehealth.Progress.Tests.Events;

public sealed class ProgrammeEventConsumerTests
{
    private static readonly Guid Patient = Guid.NewGuid();
    private static readonly Guid Therapist = Guid.NewGuid();

    [Fact]
    public async Task A_prescribed_programme_is_copied_with_its_items()
    {
        await using var harness = await ConsumerHarness.StartAsync();
        var prescribed = Prescribed(Guid.NewGuid(), version: 1);

        await harness.PublishAsync(prescribed, Guid.NewGuid());

        await harness.ConsumedAsync<ProgrammePrescribed>();
        var copy = await harness.QueryAsync(db => db.Programmes.SingleAsync());
        Assert.Equal((prescribed.ProgrammeId, Patient, Therapist, 1), (copy.ProgrammeId, copy.PatientId, copy.TherapistId, copy.CurrentVersion));
        var version = await harness.QueryAsync(db => db.ProgrammeVersions.SingleAsync());
        Assert.Contains("Cable trunk extension", version.Items);
    }

    [Fact]
    public async Task The_same_event_delivered_twice_changes_nothing_the_second_time()
    {
        await using var harness = await ConsumerHarness.StartAsync();
        var messageId = Guid.NewGuid();
        var programmeId = Guid.NewGuid();

        await harness.PublishAsync(Prescribed(programmeId, 1), messageId);
        await harness.PublishAsync(Prescribed(programmeId, 1), messageId);

        await harness.ConsumedAsync<ProgrammePrescribed>(count: 2);
        await harness.Harness.InactivityTask;
        Assert.Equal(1, await harness.QueryAsync(db => db.Inbox.CountAsync()));
        Assert.Equal(1, await harness.QueryAsync(db => db.ProgrammeVersions.CountAsync()));
    }

    [Fact]
    public async Task Versions_arriving_out_of_order_leave_the_newest_current()
    {
        await using var harness = await ConsumerHarness.StartAsync();
        var programmeId = Guid.NewGuid();
        var adjusted = new ProgrammeAdjusted(programmeId, Patient, Therapist, 2, Prescribed(programmeId, 2).Items, "Load up", null, DateTimeOffset.UtcNow);

        await harness.PublishAsync(adjusted, Guid.NewGuid());
        await harness.ConsumedAsync<ProgrammeAdjusted>();
        await harness.PublishAsync(Prescribed(programmeId, 1), Guid.NewGuid());
        await harness.ConsumedAsync<ProgrammePrescribed>();

        var copy = await harness.QueryAsync(db => db.Programmes.SingleAsync());
        Assert.Equal(2, copy.CurrentVersion);
        Assert.Equal(2, await harness.QueryAsync(db => db.ProgrammeVersions.CountAsync()));
    }

    [Fact]
    public async Task Missed_sessions_below_half_over_two_weeks_alert_the_therapist_once()
    {
        await using var harness = await ConsumerHarness.StartAsync();
        var programmeId = Guid.NewGuid();
        await harness.PublishAsync(Prescribed(programmeId, 1), Guid.NewGuid());
        await harness.ConsumedAsync<ProgrammePrescribed>();

        for (var day = 10; day >= 7; day--)
        {
            var start = DateTimeOffset.UtcNow.AddDays(-day);
            await harness.PublishAsync(new SessionMissed(Guid.NewGuid(), Patient, programmeId, start, start.AddHours(3)), Guid.NewGuid());
        }

        await harness.ConsumedAsync<SessionMissed>(count: 4);

        // Events leave through the outbox, in the same transaction as the alert.
        Assert.Equal(1, await harness.QueryAsync(db => db.Alerts.CountAsync()));
        var outbox = await harness.QueryAsync(db => db.Outbox.Where(m => m.MessageType.Contains(nameof(AdherenceDropped))).ToListAsync());
        var dropped = System.Text.Json.JsonSerializer.Deserialize<AdherenceDropped>(Assert.Single(outbox).Payload, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        Assert.Equal((Patient, Therapist, 0d, 14), (dropped.PatientId, dropped.TherapistId, dropped.Adherence, dropped.WindowDays));
    }

    private static ProgrammePrescribed Prescribed(Guid programmeId, int version) => new(
        programmeId, Patient, Therapist, version,
        [
            new ProgrammeItemSnapshot(Guid.NewGuid(), Guid.NewGuid(), "Cable trunk extension", "LumbarStrengthening",
                new DosageSnapshot(3, 8, 12, null, 20m, null, 3, [], null, null, null), 0.5m, false, null, null, null),
        ],
        14, DateTimeOffset.UtcNow);

    [Fact]
    public async Task Programmes_prescribed_together_are_each_copied_once()
    {
        await using var harness = await ConsumerHarness.StartAsync();
        var programmes = Enumerable.Range(0, 6).Select(_ => Prescribed(Guid.NewGuid(), 1)).ToList();

        // The first programme's event comes twice, under two message ids, as a retried publish would send it.
        await Task.WhenAll(programmes.Append(programmes[0]).Select(p => harness.PublishAsync(p, Guid.NewGuid())));
        await harness.ConsumedAsync<ProgrammePrescribed>(count: programmes.Count + 1);

        var copies = await harness.QueryAsync(db => db.Programmes.Select(p => new { p.ProgrammeId, p.CurrentVersion }).ToListAsync());
        Assert.Equal(programmes.Select(p => p.ProgrammeId).Order(), copies.Select(c => c.ProgrammeId).Order());
        Assert.All(copies, c => Assert.Equal(1, c.CurrentVersion));
        Assert.Equal(programmes.Count, await harness.QueryAsync(db => db.ProgrammeVersions.CountAsync()));
        Assert.Equal(programmes.Count + 1, await harness.QueryAsync(db => db.Inbox.CountAsync()));
    }
}
