using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;

namespace Telehealth.Progress.Tests.Reports;

/// <summary>Each dose change is put to the therapist once per exercise, direction and programme version.</summary>
public sealed class RepeatedSuggestionTests : IAsyncLifetime
{
    private ReportScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ReportScenario.StartAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task Good_sessions_after_the_qualifying_pair_do_not_suggest_the_same_progression_again()
    {
        for (var session = 0; session < 5; session++)
        {
            await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true);
        }

        var suggested = await PublishedAsync<ProgressionSuggested>();
        var progression = Assert.Single(suggested);
        Assert.Equal(1, JsonDocument.Parse(progression).RootElement.GetProperty("basedOnVersion").GetInt32());
        var made = await _scenario.QueryAsync(db => db.Suggestions.SingleAsync());
        Assert.Equal((_scenario.ProgrammeId, 1, _scenario.ItemId, "Progression"), (made.ProgrammeId, made.ProgrammeVersion, made.ProgrammeItemId, made.Direction));
    }

    [Fact]
    public async Task A_new_version_earns_its_own_progression()
    {
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true);
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true);
        await _scenario.AdjustAsync(version: 2, loadKg: 21m);

        // A week after the step that made version 2, so the new dose may step up again.
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true, version: 2, loadKg: 21m, daysLater: 6);
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true, version: 2, loadKg: 21m);
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true, version: 2, loadKg: 21m);

        var versions = await _scenario.QueryAsync(db => db.Suggestions.OrderBy(s => s.SuggestedAt).Select(s => s.ProgrammeVersion).ToListAsync());
        Assert.Equal([1, 2], versions);
        Assert.Equal(2, (await PublishedAsync<ProgressionSuggested>()).Count);
    }

    [Fact]
    public async Task Every_flare_alerts_the_therapist_but_the_same_dose_is_suggested_down_once()
    {
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 7);
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 7);

        Assert.Equal(2, (await PublishedAsync<PainFlareDetected>()).Count);
        Assert.Single(await PublishedAsync<RegressionSuggested>());
        Assert.Equal(2, await _scenario.QueryAsync(db => db.Alerts.CountAsync()));
    }

    [Fact]
    public async Task A_progression_already_suggested_does_not_hold_back_a_regression()
    {
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true);
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true);
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 7);

        Assert.Single(await PublishedAsync<ProgressionSuggested>());
        Assert.Single(await PublishedAsync<RegressionSuggested>());
    }

    [Fact]
    public async Task Good_reports_on_one_day_earn_no_progression()
    {
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true);
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, daysLater: 0);
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, daysLater: 0);

        Assert.Empty(await PublishedAsync<ProgressionSuggested>());
    }

    [Fact]
    public async Task A_day_whose_next_morning_was_never_checked_earns_no_progression()
    {
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12);
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true);

        Assert.Empty(await PublishedAsync<ProgressionSuggested>());
    }

    [Fact]
    public async Task One_step_a_week_at_most()
    {
        for (var day = 0; day < 6; day++)
        {
            await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true);
        }
        await _scenario.AdjustAsync(version: 2, loadKg: 20.5m);
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true, version: 2, loadKg: 20.5m);
        await _scenario.SubmitAsync(painBefore: 2, painAfter: 3, reps: 12, checkNextMorning: true, version: 2, loadKg: 20.5m);

        Assert.Single(await PublishedAsync<ProgressionSuggested>());
    }

    private Task<List<string>> PublishedAsync<TEvent>() =>
        _scenario.QueryAsync(db => db.Outbox.Where(m => m.MessageType.Contains(typeof(TEvent).Name)).Select(m => m.Payload).ToListAsync());
}
