using Microsoft.EntityFrameworkCore;
using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Data;

/// <summary>The programme aggregate round-trips through SQLite: versions, items, dosages, suggestions.</summary>
public sealed class ProgrammePersistenceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteDatabase _database = new();
    private readonly Guid _therapist = Guid.NewGuid();

    [Fact]
    public async Task A_programme_and_its_later_versions_are_stored_and_read_back()
    {
        var programme = await PrescribeAsync();

        await using (var db = _database.NewContext())
        {
            var loaded = await db.ProgrammesWithVersions.SingleAsync();
            var dosage = loaded.Current.Items[0].Dosage with { LoadKg = 22.5m };
            loaded.Adjust(1, [loaded.Current.Items[0].ToSpec() with { Dosage = dosage }], Actor.Therapist(_therapist), Now.AddDays(1), "Load up after review");
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NewContext())
        {
            var loaded = await db.ProgrammesWithVersions.SingleAsync();
            Assert.Equal(programme.Id, loaded.Id);
            Assert.Equal(2, loaded.CurrentVersion);
            Assert.Equal([1, 2], loaded.Versions.Select(v => v.Number).Order());
            Assert.Equal(20m, loaded.GetVersion(1).Items.Single().Dosage.LoadKg);
            Assert.Equal(22.5m, loaded.Current.Items.Single().Dosage.LoadKg);
            Assert.Equal("Load up after review", loaded.Current.Reason);
            Assert.Equal(Actor.Therapist(_therapist), loaded.Current.CreatedBy);
            Assert.Equal(Now.AddDays(1), loaded.Current.CreatedAt);
        }
    }

    [Fact]
    public async Task An_approved_suggestion_and_the_version_it_makes_are_stored_together()
    {
        var programme = await PrescribeAsync();
        var itemId = programme.Current.Items[0].ItemId;
        await using (var db = _database.NewContext())
        {
            var loaded = await db.ProgrammesWithVersions.SingleAsync();
            var proposed = loaded.Current.Items[0].Dosage with { LoadKg = 21m };
            db.Suggestions.Add(ProgressionSuggestion.Receive(Guid.NewGuid(), loaded, itemId, SuggestionKind.Progression, proposed, "Top of range twice", 1, Now));
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NewContext())
        {
            var suggestion = await db.Suggestions.SingleAsync();
            var loaded = await db.ProgrammesWithVersions.SingleAsync();
            suggestion.Approve(loaded, Actor.Therapist(_therapist), Now.AddHours(1));
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NewContext())
        {
            var suggestion = await db.Suggestions.SingleAsync();
            var loaded = await db.ProgrammesWithVersions.SingleAsync();
            Assert.Equal(SuggestionStatus.Approved, suggestion.Status);
            Assert.Equal(2, suggestion.AppliedInVersion);
            Assert.Equal(21m, loaded.Current.Items.Single().Dosage.LoadKg);
        }
    }

    [Fact]
    public async Task The_exercise_library_keeps_contraindications_and_load_steps()
    {
        await using (var db = _database.NewContext())
        {
            db.Exercises.AddRange(ExerciseCatalogue.All);
            await db.SaveChangesAsync();
        }
        await using (var db = _database.NewContext())
        {
            var stored = await db.Exercises.ToListAsync();
            Assert.Equal(ExerciseCatalogue.All.Count, stored.Count);
            foreach (var expected in ExerciseCatalogue.All)
            {
                var exercise = stored.Single(e => e.Id == expected.Id);
                Assert.Equal(expected.Contraindications, exercise.Contraindications);
                Assert.Equal(expected.EquipmentLoadStepKg, exercise.EquipmentLoadStepKg);
                Assert.Equal(expected.DosageFields, exercise.DosageFields);
            }
        }
    }

    public void Dispose() => _database.Dispose();

    private async Task<Programme> PrescribeAsync()
    {
        var exercise = ExerciseCatalogue.All.First(e => e.EquipmentLoadStepKg is not null && e.Category == ExerciseCategory.LumbarStrengthening && e.Name.Contains("Cable"));
        var spec = ProgrammeItemSpec.For(exercise, new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20m, SessionsPerWeek = 3 }, RehabPhase.Strength, MovementMode.Dynamic);
        var programme = Programme.Prescribe(Guid.NewGuid(), _therapist, [spec], 14, Actor.Therapist(_therapist), Now, "Initial assessment");
        await using var db = _database.NewContext();
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        return programme;
    }
}
