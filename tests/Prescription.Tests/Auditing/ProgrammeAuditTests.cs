using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Programmes;
using Telehealth.Prescription.Suggestions;
using Telehealth.Prescription.Tests.Data;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Auditing;
using Proto = Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Prescription.Tests.Auditing;

/// <summary>Programme versions and decisions on suggestions leave an audit record with who, when, why, before and after.</summary>
public sealed class ProgrammeAuditTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly Caller _therapist = new(Guid.NewGuid(), CallerRole.Therapist);
    private readonly Guid _patient = Guid.NewGuid();

    public ProgrammeAuditTests()
    {
        using var db = _database.NewContext();
        db.Exercises.AddRange(ExerciseCatalogue.All);
        db.SaveChanges();
    }

    [Fact]
    public async Task An_adjustment_records_the_therapist_the_reason_and_the_items_before_and_after()
    {
        var prescribed = await PrescribeAsync();
        var started = DateTimeOffset.UtcNow;

        var adjusted = await CommandsAsync(commands => commands.AdjustAsync(new Proto.AdjustProgrammeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            ProgrammeId = prescribed.ProgrammeId,
            ExpectedVersion = 1,
            Reason = "Tolerating 20 kg well at review",
            Items = { Input(prescribed.Items[0].ItemId, prescribed.Items[0].ExerciseId, loadKg: 22.5) },
        }, _therapist, CancellationToken.None));

        var records = await TrailAsync();
        Assert.Equal(["programme.prescribed", "programme.adjusted"], records.Select(r => r.Action));
        var record = records[1];
        Assert.Equal($"therapist:{_therapist.Id}", record.Actor);
        Assert.Equal(_patient, record.PatientId);
        Assert.Equal(Guid.Parse(adjusted.ProgrammeId), record.SubjectId);
        Assert.Equal("Tolerating 20 kg well at review", record.Reason);
        Assert.InRange(record.OccurredAt, started.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal((1, 20m), VersionAndLoad(record.Before));
        Assert.Equal((2, 22.5m), VersionAndLoad(record.After));
        Assert.Null(records[0].Before);
        Assert.Equal((1, 20m), VersionAndLoad(records[0].After));
    }

    [Fact]
    public async Task A_change_and_its_audit_record_are_saved_together_with_its_event()
    {
        var prescribed = await PrescribeAsync();

        await CommandsAsync(commands => commands.ChangeStatusAsync(new Proto.ChangeProgrammeStatusRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            ProgrammeId = prescribed.ProgrammeId,
            ExpectedVersion = 1,
            Status = Proto.ProgrammeStatus.Paused,
            Reason = "Away for two weeks",
        }, _therapist, CancellationToken.None));

        await using var db = _database.NewContext();
        var paused = await db.AuditTrail.SingleAsync(r => r.Action == "programme.paused");
        Assert.Equal("Away for two weeks", paused.Reason);
        Assert.Equal("Active", Json(paused.Before).GetProperty("status").GetString());
        Assert.Equal("Paused", Json(paused.After).GetProperty("status").GetString());
        Assert.Equal(2, await db.Outbox.CountAsync());
    }

    [Fact]
    public async Task A_rejected_suggestion_records_the_therapists_reason_and_what_was_proposed()
    {
        var prescribed = await PrescribeAsync();
        var suggestionId = await SuggestAsync(Guid.Parse(prescribed.ProgrammeId), Guid.Parse(prescribed.Items[0].ItemId), loadKg: 21m);

        await using (var db = _database.NewContext())
        {
            var decisions = new SuggestionDecisions(db, new ExerciseLibrary(db, new ExerciseCache()), TimeProvider.System);
            await decisions.DecideAsync(new Proto.DecideSuggestionRequest
            {
                RequestId = Guid.NewGuid().ToString(),
                SuggestionId = suggestionId.ToString(),
                Decision = Proto.Decision.Reject,
                Reason = "Flare last week; hold the load",
            }, _therapist, CancellationToken.None);
        }

        var record = (await TrailAsync()).Single(r => r.Action == "suggestion.rejected");
        Assert.Equal($"therapist:{_therapist.Id}", record.Actor);
        Assert.Equal(suggestionId, record.SubjectId);
        Assert.Equal("Flare last week; hold the load", record.Reason);
        Assert.Equal("Pending", Json(record.Before).GetProperty("status").GetString());
        Assert.Equal(21m, Json(record.Before).GetProperty("proposedDosage").GetProperty("loadKg").GetDecimal());
        Assert.Equal("Rejected", Json(record.After).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_approved_suggestion_records_the_decision_and_the_version_it_made()
    {
        var prescribed = await PrescribeAsync();
        var suggestionId = await SuggestAsync(Guid.Parse(prescribed.ProgrammeId), Guid.Parse(prescribed.Items[0].ItemId), loadKg: 21m);

        await using (var db = _database.NewContext())
        {
            var decisions = new SuggestionDecisions(db, new ExerciseLibrary(db, new ExerciseCache()), TimeProvider.System);
            await decisions.DecideAsync(new Proto.DecideSuggestionRequest
            {
                RequestId = Guid.NewGuid().ToString(),
                SuggestionId = suggestionId.ToString(),
                Decision = Proto.Decision.Approve,
                Reason = "Agreed at the video review",
            }, _therapist, CancellationToken.None);
        }

        var records = await TrailAsync();
        Assert.Equal(["programme.prescribed", "programme.adjusted", "suggestion.approved"], records.Select(r => r.Action));
        Assert.Equal((2, 21m), VersionAndLoad(records[1].After));
        Assert.Equal("Agreed at the video review", records[2].Reason);
        Assert.Equal(2, Json(records[2].After).GetProperty("appliedInVersion").GetInt32());
        Assert.All(records, r => Assert.Equal($"therapist:{_therapist.Id}", r.Actor));
    }

    public void Dispose() => _database.Dispose();

    private async Task<Proto.Programme> PrescribeAsync()
    {
        var exercise = ExerciseCatalogue.All.First(e => e.EquipmentLoadStepKg is not null && e.Category == ExerciseCategory.LumbarStrengthening && e.Name.Contains("Cable"));
        return await CommandsAsync(commands => commands.PrescribeAsync(new Proto.PrescribeProgrammeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = _patient.ToString(),
            ReviewIntervalDays = 14,
            Reason = "Initial assessment",
            Items = { Input("", exercise.Id.ToString(), loadKg: 20) },
        }, _therapist, CancellationToken.None));
    }

    private async Task<Guid> SuggestAsync(Guid programmeId, Guid itemId, decimal loadKg)
    {
        await using var db = _database.NewContext();
        var programme = await db.ProgrammesWithVersions.SingleAsync(p => p.Id == programmeId);
        var proposed = programme.Current.Items[0].Dosage with { LoadKg = loadKg };
        var suggestion = ProgressionSuggestion.Receive(Guid.NewGuid(), programme, itemId, SuggestionKind.Progression, proposed, "Top of the rep range twice", 1, DateTimeOffset.UtcNow);
        db.Suggestions.Add(suggestion);
        await db.SaveChangesAsync();
        return suggestion.Id;
    }

    private async Task<T> CommandsAsync<T>(Func<ProgrammeCommands, Task<T>> command)
    {
        await using var db = _database.NewContext();
        return await command(new ProgrammeCommands(db, new ExerciseLibrary(db, new ExerciseCache()), TimeProvider.System));
    }

    private async Task<List<AuditRecord>> TrailAsync()
    {
        await using var db = _database.NewContext();
        return await db.AuditTrail.AsNoTracking().Where(r => r.PatientId == _patient).OrderBy(r => r.Sequence).ToListAsync();
    }

    private static Proto.ProgrammeItemInput Input(string itemId, string exerciseId, double loadKg) => new()
    {
        ItemId = itemId,
        ExerciseId = exerciseId,
        Phase = Proto.RehabPhase.Strength,
        Mode = Proto.MovementMode.Dynamic,
        Dosage = new Proto.Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = loadKg, SessionsPerWeek = 3 },
    };

    private static (int Version, decimal LoadKg) VersionAndLoad(string? snapshot)
    {
        var json = Json(snapshot);
        return (json.GetProperty("version").GetInt32(), json.GetProperty("items")[0].GetProperty("dosage").GetProperty("loadKg").GetDecimal());
    }

    private static JsonElement Json(string? snapshot) => JsonDocument.Parse(snapshot ?? throw new Xunit.Sdk.XunitException("No snapshot.")).RootElement;
}
