using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.Contracts.Events.V1;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Events;
using Telehealth.Testing.Messaging;

namespace Telehealth.Prescription.Tests.Events;

/// <summary>Suggestions from progress, consumed on MassTransit's in-memory harness over a real SQLite file.</summary>
public sealed class SuggestionConsumerTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "telehealth-prescription-" + Guid.NewGuid().ToString("N"));
    private readonly Guid _therapist = Guid.NewGuid();
    private readonly ConsumeCounter _consumed = new();
    private ServiceProvider _services = null!;
    private ITestHarness _harness = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddDbContext<PrescriptionDbContext>(options => options.UseSqlite($"Data Source={Path.Combine(_folder, "prescription.db")}"))
            .AddMassTransitTestHarness(bus =>
            {
                bus.AddConsumer<ProgressionSuggestedConsumer>();
                bus.AddConsumer<RegressionSuggestedConsumer>();
            })
            .BuildServiceProvider(true);
        await QueryAsync(db => db.Database.MigrateAsync());
        _harness = _services.GetRequiredService<ITestHarness>();
        _harness.Bus.ConnectConsumeObserver(_consumed);
        await _harness.Start();
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_progression_waits_for_the_therapist_when_automatic_progression_is_off()
    {
        var (programme, itemId) = await PrescribeAsync(ProgressionSettings.Manual);

        await DeliverAsync(Progression(programme, itemId, loadKg: 21m));

        var suggestion = await QueryAsync(db => db.Suggestions.SingleAsync());
        Assert.Equal(SuggestionStatus.Pending, suggestion.Status);
        Assert.Equal(21m, suggestion.ProposedDosage.LoadKg);
        Assert.Equal(1, await QueryAsync(db => db.Programmes.Select(p => p.CurrentVersion).SingleAsync()));
    }

    [Fact]
    public async Task A_progression_within_the_cap_is_applied_at_once_and_announced()
    {
        var (programme, itemId) = await PrescribeAsync(ProgressionSettings.AutomaticWithin(maxLoadKg: 25m));

        await DeliverAsync(Progression(programme, itemId, loadKg: 21m));

        var stored = await QueryAsync(db => db.ProgrammesWithVersions.SingleAsync());
        Assert.Equal(2, stored.CurrentVersion);
        Assert.Equal(21m, stored.Current.Items.Single().Dosage.LoadKg);
        Assert.Equal(ActorRole.System, stored.Current.CreatedBy.Role);
        Assert.Equal(1, await QueryAsync(db => db.Outbox.CountAsync(m => m.MessageType.Contains(nameof(ProgrammeAdjusted)))));
    }

    [Fact]
    public async Task Each_recorded_suggestion_is_announced_with_its_report_its_change_and_whether_it_was_applied()
    {
        var (programme, itemId) = await PrescribeAsync(ProgressionSettings.AutomaticWithin(maxLoadKg: 20.5m));
        var withinCap = Progression(programme, itemId, loadKg: 20.5m);
        var regression = new RegressionSuggested(Guid.NewGuid(), programme.PatientId, _therapist, programme.Id, 2, itemId,
            Dosage(18m), "Pain rose by 3 points", DateTimeOffset.UtcNow, Guid.NewGuid());

        // The regression is based on the version the automatic step made, so it goes second.
        await DeliverAsync(withinCap);
        await DeliverAsync(regression);

        var announced = await QueryAsync(async db => (await db.Outbox.Where(m => m.MessageType.Contains(nameof(SuggestionRecorded))).OrderBy(m => m.Sequence).ToListAsync())
            .Select(m => System.Text.Json.JsonSerializer.Deserialize<SuggestionRecorded>(m.Payload, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!)
            .ToList());
        Assert.Equal(2, announced.Count);
        Assert.Equal((withinCap.ReportId, false, 2), (announced[0].ReportId, announced[0].Regression, announced[0].AppliedInVersion));
        Assert.Equal((regression.ReportId, true, (int?)null), (announced[1].ReportId, announced[1].Regression, announced[1].AppliedInVersion));
        Assert.Equal(ProgressionSuggestion.IdFor(regression.SuggestionId), announced[1].SuggestionId);
        Assert.Contains(": 3 × 8–12 reps, 20.5 kg, 3×/week → 3 × 8–12 reps, 18 kg, 3×/week", announced[1].Change);
        Assert.All(announced, a => Assert.Equal((programme.PatientId, _therapist), (a.PatientId, a.TherapistId)));
    }

    [Fact]
    public async Task A_progression_applied_automatically_is_audited_as_the_services_change()
    {
        var (programme, itemId) = await PrescribeAsync(ProgressionSettings.AutomaticWithin(maxLoadKg: 25m));

        await DeliverAsync(Progression(programme, itemId, loadKg: 21m));

        var records = await QueryAsync(db => db.AuditTrail.OrderBy(r => r.Sequence).ToListAsync());
        Assert.Equal(["programme.adjusted", "suggestion.approved"], records.Select(r => r.Action));
        Assert.All(records, r => Assert.Equal("service:prescription", r.Actor));
        Assert.All(records, r => Assert.Equal(programme.PatientId, r.PatientId));
        Assert.StartsWith("Automatic progression within the therapist's cap", records[0].Reason);
        Assert.Contains("\"loadKg\":20", records[0].Before);
        Assert.Contains("\"loadKg\":21", records[0].After);
    }

    [Fact]
    public async Task A_progression_beyond_the_cap_and_every_regression_wait_for_the_therapist()
    {
        var (programme, itemId) = await PrescribeAsync(ProgressionSettings.AutomaticWithin(maxLoadKg: 20.5m));

        await DeliverAsync(Progression(programme, itemId, loadKg: 21m));
        await DeliverAsync(new RegressionSuggested(Guid.NewGuid(), programme.PatientId, _therapist, programme.Id, 1, itemId,
            Dosage(18m), "Pain rose by 3 points", DateTimeOffset.UtcNow, Guid.NewGuid()));

        var suggestions = await QueryAsync(db => db.Suggestions.ToListAsync());
        Assert.Equal(2, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal(SuggestionStatus.Pending, s.Status));
        Assert.Equal(1, await QueryAsync(db => db.Programmes.Select(p => p.CurrentVersion).SingleAsync()));
    }

    [Fact]
    public async Task The_same_suggestion_event_twice_records_one_suggestion()
    {
        var (programme, itemId) = await PrescribeAsync(ProgressionSettings.Manual);
        var suggested = Progression(programme, itemId, loadKg: 21m);
        var messageId = Guid.NewGuid();

        await DeliverAsync(suggested, messageId);
        await DeliverAsync(suggested, messageId);
        // A redelivery under another message id still maps to the same suggestion.
        await DeliverAsync(suggested);

        Assert.Equal(1, await QueryAsync(db => db.Suggestions.CountAsync()));
    }

    [Fact]
    public async Task The_same_step_suggested_again_by_a_later_report_is_not_listed_twice()
    {
        var (programme, itemId) = await PrescribeAsync(ProgressionSettings.Manual);

        await DeliverAsync(Progression(programme, itemId, loadKg: 21m));
        await DeliverAsync(Progression(programme, itemId, loadKg: 21m));

        var pending = await QueryAsync(db => db.Suggestions.Where(s => s.Status == SuggestionStatus.Pending).ToListAsync());
        Assert.Single(pending);
    }

    private Task DeliverAsync<T>(T message, Guid? messageId = null)
        where T : class => _consumed.DeliverAsync(_harness.Bus, message, messageId);

    private ProgressionSuggested Progression(Programme programme, Guid itemId, decimal loadKg) =>
        new(Guid.NewGuid(), programme.PatientId, _therapist, programme.Id, 1, itemId, Dosage(loadKg), "Top of the rep range in 2 sessions in a row", DateTimeOffset.UtcNow, Guid.NewGuid());

    private static DosageSnapshot Dosage(decimal loadKg) => new(3, 8, 12, null, loadKg, null, 3, [], null, null, null);

    private async Task<(Programme Programme, Guid ItemId)> PrescribeAsync(ProgressionSettings progression)
    {
        var exercise = ExerciseCatalogue.All.First(e => e.Name.Contains("Cable") && e.Name.Contains("extension"));
        var spec = ProgrammeItemSpec.For(exercise, new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20m, SessionsPerWeek = 3 }, RehabPhase.Strength, MovementMode.Dynamic, progression);
        var programme = Programme.Prescribe(Guid.NewGuid(), _therapist, [spec], 14, Actor.Therapist(_therapist), DateTimeOffset.UtcNow, "Initial assessment");
        await QueryAsync(async db =>
        {
            db.Programmes.Add(programme);
            return await db.SaveChangesAsync();
        });
        return (programme, programme.Current.Items[0].ItemId);
    }

    private async Task<T> QueryAsync<T>(Func<PrescriptionDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PrescriptionDbContext>());
    }

    private async Task QueryAsync(Func<PrescriptionDbContext, Task> query)
    {
        await using var scope = _services.CreateAsyncScope();
        await query(scope.ServiceProvider.GetRequiredService<PrescriptionDbContext>());
    }
}
