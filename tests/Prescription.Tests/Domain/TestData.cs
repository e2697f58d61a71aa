using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

/// <summary>A small programme and the people around it, shared by the domain tests.</summary>
internal static class TestData
{
    public static readonly Guid PatientId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid TherapistId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid OtherTherapistId = Guid.Parse("33333333-3333-3333-3333-333333333333");
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static Actor Therapist { get; } = Actor.Therapist(TherapistId);

    public static Actor OtherTherapist { get; } = Actor.Therapist(OtherTherapistId);

    public static Exercise LumbarExtension => ExerciseCatalogue.All.Single(e => e.Name.StartsWith("Isolated lumbar extension", StringComparison.Ordinal));

    public static Exercise BirdDog => ExerciseCatalogue.All.Single(e => e.Name == "Bird-dog");

    public static Exercise PsoasStretch => ExerciseCatalogue.All.Single(e => e.Name.StartsWith("Psoas", StringComparison.Ordinal));

    public static Exercise Walking => ExerciseCatalogue.All.Single(e => e.Name == "Walking");

    public static Exercise SidePlank => ExerciseCatalogue.All.Single(e => e.Name == "Side plank");

    public static Dosage LumbarExtensionDosage { get; } = new() { Sets = 1, RepsMin = 8, RepsMax = 15, LoadKg = 20m, SessionsPerWeek = 1 };

    public static Dosage BirdDogDosage { get; } = new() { Sets = 2, RepsMin = 6, RepsMax = 8, HoldSeconds = 5, SessionsPerWeek = 5 };

    public static Dosage PsoasDosage { get; } = new() { HoldsPerSide = 2, HoldSeconds = 30, SessionsPerWeek = 7 };

    public static Dosage WalkingDosage { get; } = new() { Minutes = 20, SessionsPerWeek = 5, RpeTarget = 3 };

    /// <summary>Lumbar extension (auto up to 25 kg), bird-dog (manual), psoas stretch (auto hold up to 45 s), walking (auto up to 30 min).</summary>
    public static IReadOnlyList<ProgrammeItemSpec> Items() =>
    [
        ProgrammeItemSpec.For(LumbarExtension, LumbarExtensionDosage, RehabPhase.Strength, MovementMode.Dynamic, ProgressionSettings.AutomaticWithin(maxLoadKg: 25m)),
        ProgrammeItemSpec.For(BirdDog, BirdDogDosage, RehabPhase.Coordination, MovementMode.Static),
        ProgrammeItemSpec.For(PsoasStretch, PsoasDosage, RehabPhase.Coordination, MovementMode.Static, ProgressionSettings.AutomaticWithin(maxHoldSeconds: 45)),
        ProgrammeItemSpec.For(Walking, WalkingDosage, RehabPhase.Endurance, MovementMode.Dynamic, ProgressionSettings.AutomaticWithin(maxMinutes: 30)),
    ];

    public static Programme Prescribe(DateTimeOffset? at = null, Guid? therapistId = null) =>
        Programme.Prescribe(
            PatientId,
            therapistId ?? TherapistId,
            Items(),
            reviewIntervalDays: 14,
            therapistId is { } id ? Actor.Therapist(id) : Therapist,
            at ?? Start,
            "Initial assessment: chronic low back pain, deep stabilisers inhibited");

    public static ProgrammeItem Item(this Programme programme, Exercise exercise) =>
        programme.Current.Items.Single(i => i.ExerciseId == exercise.Id);

    /// <summary>Raises the lumbar extension load by hand, to move the programme past version 1.</summary>
    public static ProgrammeVersion ChangeLoad(this Programme programme, decimal loadKg, DateTimeOffset at, string reason = "Load reviewed in telehealth session")
    {
        var item = programme.Item(LumbarExtension);
        return programme.Adjust(
            programme.CurrentVersion,
            ProgrammeChangeSet.ChangeDosage(item.ItemId, item.Dosage with { LoadKg = loadKg }),
            Therapist,
            at,
            reason);
    }
}
