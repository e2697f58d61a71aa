using Telehealth.Testing.Storage;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Tests.Domain;
using ProgrammeStatus = Telehealth.Prescription.Domain.ProgrammeStatus;

namespace Telehealth.Prescription.Tests.Storage;

/// <summary>
/// One row of every kind the prescription database holds, made through the domain as the service
/// makes them. Storage/Fixtures/prescription-ef6.db holds these rows as EF Core 6 wrote them; the same
/// methods read them back, so a storage upgrade is checked against what the old code stored.
/// </summary>
internal static class PrescriptionFixtureRows
{
    public static readonly Guid TherapistId = Guid.Parse("5d0f3c1e-7a0b-4c53-9f0e-1b2c3d4e5f60");
    public static readonly Guid PatientId = Guid.Parse("6e1a4d2f-8b1c-4d64-a01f-2c3d4e5f6071");
    public static readonly Guid OtherPatientId = Guid.Parse("7f2b5e30-9c2d-4e75-b120-3d4e5f607182");
    public static readonly Guid ProgrammeId = Guid.Parse("80c36f41-ad3e-4f86-8231-4e5f60718293");
    public static readonly Guid CompletedProgrammeId = Guid.Parse("91d47052-be4f-4097-9342-5f60718293a4");
    public static readonly Guid ExtensionItemId = Guid.Parse("a2e58163-cf50-41a8-a453-60718293a4b5");
    public static readonly Guid BirdDogItemId = Guid.Parse("b3f69274-d061-42b9-b564-718293a4b5c6");
    public static readonly Guid WalkingItemId = Guid.Parse("0a4bc7c9-25b6-470e-8ab9-c6d7e8f90a1b");
    public static readonly Guid CustomExerciseId = Guid.Parse("c4067385-e172-43ca-8675-8293a4b5c6d7");
    public static readonly Guid ApprovedEventId = Guid.Parse("d5178496-f283-44db-9786-93a4b5c6d7e8");
    public static readonly Guid RejectedEventId = Guid.Parse("e62895a7-0394-45ec-a897-a4b5c6d7e8f9");
    public static readonly Guid PendingEventId = Guid.Parse("f739a6b8-14a5-46fd-b9a8-b5c6d7e8f90a");
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static Actor Therapist => Actor.Therapist(TherapistId);

    public static async Task WriteAsync(PrescriptionDbContext db)
    {
        var (programme, completed, suggestions) = Build();
        db.Exercises.AddRange(ExerciseCatalogue.All);
        db.Exercises.Add(CustomExercise());
        db.Programmes.AddRange(programme, completed);
        db.Suggestions.AddRange(suggestions);
        ServiceRows().Write(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Reads every row back and checks it holds what <see cref="WriteAsync"/> stored.</summary>
    public static async Task AssertStoredAsync(PrescriptionDbContext db)
    {
        var (programme, completed, suggestions) = Build();

        var exercises = await db.Exercises.AsNoTracking().ToListAsync();
        Assert.Equal(ExerciseCatalogue.All.Count + 1, exercises.Count);
        foreach (var expected in ExerciseCatalogue.All.Append(CustomExercise()))
        {
            RowAssert.Same(expected, exercises.Single(e => e.Id == expected.Id));
        }

        var programmes = await db.ProgrammesWithVersions.AsNoTracking().ToListAsync();
        Assert.Equal(2, programmes.Count);
        AssertSameProgramme(programme, programmes.Single(p => p.Id == ProgrammeId));
        AssertSameProgramme(completed, programmes.Single(p => p.Id == CompletedProgrammeId));

        var stored = await db.Suggestions.AsNoTracking().ToListAsync();
        Assert.Equal(suggestions.Count, stored.Count);
        foreach (var expected in suggestions)
        {
            RowAssert.Same(expected, stored.Single(s => s.Id == expected.Id));
        }

        // The caseload is computed from programmes and suggestions: the stored ones give the same answer.
        var now = Start.AddDays(30);
        Assert.Equal(
            Caseload.For(TherapistId, [programme, completed], suggestions, now, includeCompleted: true),
            Caseload.For(TherapistId, programmes, stored, now, includeCompleted: true));

        await ServiceRows().AssertStoredAsync(db);
    }

    /// <summary>
    /// A programme through every kind of change (prescribed, suggestion approved, load lowered by
    /// hand, paused), one completed, and suggestions approved, rejected and pending.
    /// </summary>
    private static (Programme Programme, Programme Completed, List<ProgressionSuggestion> Suggestions) Build()
    {
        var extension = TestData.LumbarExtension;
        var birdDog = TestData.BirdDog;
        var programme = Programme.Prescribe(
            PatientId,
            TherapistId,
            [
                ProgrammeItemSpec.For(extension, new Dosage { Sets = 2, RepsMin = 8, RepsMax = 12, LoadKg = 20m, Days = WeekDays.Monday | WeekDays.Thursday }, RehabPhase.Strength, MovementMode.Dynamic, ProgressionSettings.AutomaticWithin(maxLoadKg: 27.5m)) with { ItemId = ExtensionItemId },
                ProgrammeItemSpec.For(birdDog, new Dosage { Sets = 2, RepsMin = 6, RepsMax = 8, HoldSeconds = 5, SessionsPerWeek = 5 }, RehabPhase.Coordination, MovementMode.Static) with { ItemId = BirdDogItemId },
            ],
            reviewIntervalDays: 14,
            Therapist,
            Start,
            "Initial assessment: chronic low back pain",
            ProgrammeId);

        var approved = ProgressionSuggestion.Receive(
            ApprovedEventId, programme, ExtensionItemId, SuggestionKind.Progression,
            programme.Current.FindItem(ExtensionItemId)!.Dosage with { LoadKg = 22.5m }, "Top of the rep range in two sessions", 1, Start.AddDays(3));
        approved.Approve(programme, Therapist, Start.AddDays(3).AddHours(2));

        var lowered = programme.Current.Items.Select(i => i.ToSpec()).ToList();
        lowered[0] = lowered[0] with { Dosage = lowered[0].Dosage with { LoadKg = 17.5m } };
        programme.Adjust(programme.CurrentVersion, lowered, Therapist, new DateTimeOffset(2026, 11, 6, 10, 30, 0, TimeSpan.FromHours(1)), "Pain after the last two sessions", reviewIntervalDays: 7);

        var rejected = ProgressionSuggestion.Receive(
            RejectedEventId, programme, BirdDogItemId, SuggestionKind.Regression,
            programme.Current.FindItem(BirdDogItemId)!.Dosage with { RepsMax = 6, RepsMin = 4 }, "Pain rose by 3 points during the session", programme.CurrentVersion, Start.AddDays(4));
        rejected.Reject(Therapist, Start.AddDays(4).AddHours(1), "Pain was from gardening, not the exercise");

        var pending = ProgressionSuggestion.Receive(
            PendingEventId, programme, BirdDogItemId, SuggestionKind.Progression,
            programme.Current.FindItem(BirdDogItemId)!.Dosage with { HoldSeconds = 8 }, "Holds completed with pain at 1/10", programme.CurrentVersion, Start.AddDays(4).AddHours(3));

        programme.Pause(programme.CurrentVersion, Therapist, Start.AddDays(5), "Patient travelling for two weeks");

        var completed = Programme.Prescribe(
            OtherPatientId,
            TherapistId,
            [ProgrammeItemSpec.For(TestData.Walking, new Dosage { Minutes = 20, SessionsPerWeek = 5, RpeTarget = 3 }, RehabPhase.Endurance, MovementMode.Dynamic, ProgressionSettings.AutomaticWithin(maxMinutes: 30)) with { ItemId = WalkingItemId }],
            reviewIntervalDays: 28,
            Therapist,
            Start.AddDays(-60),
            "Walking programme after discharge",
            CompletedProgrammeId);
        completed.Complete(1, Therapist, Start.AddDays(-2), "Goals met at the final review");

        return (programme, completed, [approved, rejected, pending]);
    }

    private static Exercise CustomExercise() => Exercise.AddCustom(
        CustomExerciseId,
        "Banded hip hinge",
        ExerciseCategory.LumbarStrengthening,
        "Trains the hinge pattern with light resistance before loaded lifting.",
        "Stand on the band, hinge at the hips with a neutral spine, and return to standing.",
        ["Acute disc herniation", "Pain spreading below the knee"],
        "Resistance band",
        2.5m,
        TherapistId,
        new DateTimeOffset(2026, 10, 30, 14, 15, 0, TimeSpan.FromHours(-5)));

    private static ServiceFixtureRows ServiceRows() => new()
    {
        SentEvent = new ProgrammePaused(ProgrammeId, PatientId, TherapistId, 4, "Patient travelling for two weeks", Start.AddDays(5)),
        WaitingEvent = new ProgrammeCompleted(CompletedProgrammeId, OtherPatientId, TherapistId, 2, "Goals met at the final review", Start.AddDays(-2)),
        HandledMessageId = ApprovedEventId,
        Consumer = "Telehealth.Prescription.Events.ProgressionSuggestedConsumer",
        RequestMethod = "/telehealth.prescription.v1.PrescriptionService/PauseProgramme",
        CallerId = TherapistId,
        Audit = new(PatientId, "therapist:" + TherapistId, new("programme.paused", typeof(StatusSnapshot), SchemaVersion: 1), ProgrammeId)
        {
            Reason = "Patient travelling for two weeks",
            Before = new StatusSnapshot(3, ProgrammeStatus.Active),
            After = new StatusSnapshot(4, ProgrammeStatus.Paused),
        },
        At = Start.AddDays(5),
    };

    private static void AssertSameProgramme(Programme expected, Programme actual)
    {
        Assert.Equal(expected.PatientId, actual.PatientId);
        Assert.Equal(expected.TherapistId, actual.TherapistId);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.CurrentVersion, actual.CurrentVersion);
        Assert.Equal(expected.NextReviewDue, actual.NextReviewDue);
        var versions = actual.Versions.OrderBy(v => v.Number).ToList();
        Assert.Equal(expected.Versions.Select(v => v.Number), versions.Select(v => v.Number));
        Assert.Equal(versions.Count, versions.Select(v => v.Id).Distinct().Count());
        foreach (var (want, got) in expected.Versions.Zip(versions))
        {
            Assert.Equal(want.Change, got.Change);
            Assert.Equal(want.Status, got.Status);
            Assert.Equal(want.ReviewIntervalDays, got.ReviewIntervalDays);
            Assert.Equal(want.CreatedBy, got.CreatedBy);
            RowAssert.SameInstant(want.CreatedAt, got.CreatedAt);
            Assert.Equal(want.Reason, got.Reason);
            Assert.Equal(want.SuggestionId, got.SuggestionId);
            Assert.Equal(want.Items.Count, got.Items.Count);
            foreach (var (wantItem, gotItem) in want.Items.Zip(got.Items.OrderBy(i => i.Order)))
            {
                RowAssert.Same(wantItem, gotItem);
            }
        }
    }


    /// <summary>A snapshot in the shape the fixture's audit record was written with.</summary>
    private sealed record StatusSnapshot(int Version, ProgrammeStatus Status);
}
