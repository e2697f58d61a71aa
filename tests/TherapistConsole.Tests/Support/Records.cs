using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.TherapistConsole.Tests.Support;

/// <summary>Programmes and suggestions as the prescription service answers them.</summary>
public static class Records
{
    public static readonly DateTimeOffset At = new(2026, 12, 6, 9, 30, 0, TimeSpan.Zero);

    public const string ExerciseId = "x0000000-0000-4000-8000-00000000000x";

    /// <summary>The programme's exercise as the library lists it, with the dosage fields its category uses.</summary>
    public static Exercise Exercise() => new()
    {
        ExerciseId = ExerciseId,
        Name = "Transversus abdominis drawing-in",
        Category = ExerciseCategory.StabiliserActivation,
        DosageFields = { "Sets", "Reps", "Hold", "Frequency" },
        BuiltIn = true,
    };

    public const string LumbarExerciseId = "x0000000-0000-4000-8000-00000000001x";

    /// <summary>A loaded exercise with a contraindication and the equipment's load step.</summary>
    public static Exercise LumbarExercise() => new()
    {
        ExerciseId = LumbarExerciseId,
        Name = "Isolated lumbar extension",
        Category = ExerciseCategory.LumbarStrengthening,
        Purpose = "Strengthens the lumbar extensors with the pelvis restrained.",
        Contraindications = { "Early after a disc herniation: avoid loaded flexion" },
        DosageFields = { "Sets", "Reps", "Load", "RangeOfMotion", "Frequency" },
        LoadStepKg = 2.5,
        BuiltIn = true,
    };

    /// <summary>The library as SearchExercises answers: filtered by category, and by words in the name.</summary>
    public static SearchExercisesResponse Library(SearchExercisesRequest request) => new()
    {
        Exercises =
        {
            new[] { Exercise(), LumbarExercise() }.Where(exercise =>
                (request.Category == ExerciseCategory.Unspecified || exercise.Category == request.Category)
                && exercise.Name.Contains(request.Text, StringComparison.OrdinalIgnoreCase)),
        },
    };

    public static Programme Programme(string patient, Guid therapist, int version, int holdSeconds) => new()
    {
        ProgrammeId = "e0000000-0000-4000-8000-00000000000e",
        PatientId = patient,
        TherapistId = therapist.ToString(),
        Status = ProgrammeStatus.Active,
        Version = version,
        ChangedAt = Timestamp.FromDateTimeOffset(At),
        ChangedBy = $"therapist {therapist}",
        Reason = version == 1 ? "First phase" : "Regression suggestion approved",
        Items =
        {
            new ProgrammeItem
            {
                ItemId = "i0000000-0000-4000-8000-000000000001",
                ExerciseId = ExerciseId,
                ExerciseName = "Transversus abdominis drawing-in",
                Category = ExerciseCategory.StabiliserActivation,
                Phase = RehabPhase.Coordination,
                Mode = MovementMode.Static,
                Dosage = new Dosage { Sets = 3, RepsMin = 8, RepsMax = 10, HoldSeconds = holdSeconds, Days = { Weekday.Monday, Weekday.Wednesday, Weekday.Friday } },
                DosageText = $"3 × 8–10 reps, hold {holdSeconds} s",
                Order = 1,
            },
        },
    };

    public static Suggestion Suggestion(string patient, SuggestionStatus status = SuggestionStatus.Pending) => new()
    {
        SuggestionId = "50000000-0000-4000-8000-000000000005",
        ProgrammeId = "e0000000-0000-4000-8000-00000000000e",
        PatientId = patient,
        ItemId = "i0000000-0000-4000-8000-000000000001",
        ExerciseName = "Transversus abdominis drawing-in",
        Kind = SuggestionKind.Regression,
        Current = new Dosage { Sets = 3, RepsMin = 8, RepsMax = 10, HoldSeconds = 10 },
        Proposed = new Dosage { Sets = 3, RepsMin = 8, RepsMax = 10, HoldSeconds = 9 },
        Explanation = "Pain rose by 4 points (2 → 6) during the session: next session holds for 9 s (from 10 s).",
        BasedOnVersion = 1,
        Status = status,
        SuggestedAt = Timestamp.FromDateTimeOffset(At),
    };
}
