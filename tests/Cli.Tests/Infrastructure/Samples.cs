using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Tests.Infrastructure;

/// <summary>Records as the services would answer them, for the fakes to hand out.</summary>
internal static class Samples
{
    public const string ProgrammeId = "6c1f7a53-0b7e-4f5e-9a55-2b1d5e0c1a11";
    public const string BirdDogItem = "a1111111-1111-4111-8111-111111111111";
    public const string CableItem = "a2222222-2222-4222-8222-222222222222";
    public const string WalkingItem = "a3333333-3333-4333-8333-333333333333";
    public const string MovementBreakItem = "a4444444-4444-4444-8444-444444444444";

    public static Programme Programme(Guid patientId, int version = 4) => new()
    {
        ProgrammeId = ProgrammeId,
        PatientId = patientId.ToString(),
        TherapistId = Guid.NewGuid().ToString(),
        Status = ProgrammeStatus.Active,
        Version = version,
        ReviewIntervalDays = 14,
        ChangedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)),
        ChangedBy = "therapist:t-17",
        Reason = "Load up after two good sessions",
        Items =
        {
            new ProgrammeItem
            {
                ItemId = BirdDogItem, ExerciseId = "e-bird-dog", ExerciseName = "Bird-dog", Order = 1,
                Category = ExerciseCategory.StabiliserActivation, Phase = RehabPhase.Coordination, Mode = MovementMode.Static,
                Dosage = new Dosage { Sets = 2, RepsMin = 8, RepsMax = 10, HoldSeconds = 5 },
                DosageText = "2 × 8–10 reps, hold 5 s",
            },
            new ProgrammeItem
            {
                ItemId = CableItem, ExerciseId = "e-cable", ExerciseName = "Cable trunk extension", Order = 2,
                Category = ExerciseCategory.LumbarStrengthening, Phase = RehabPhase.Strength, Mode = MovementMode.Dynamic,
                Dosage = new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20 },
                DosageText = "3 × 8–12 reps, 20 kg",
                Progression = new ProgressionSettings { AutoProgression = true, MaxLoadKg = 30 },
            },
            new ProgrammeItem
            {
                ItemId = WalkingItem, ExerciseId = "e-walking", ExerciseName = "Walking", Order = 3,
                Category = ExerciseCategory.Aerobic, Dosage = new Dosage { Minutes = 20, SessionsPerWeek = 5 },
                DosageText = "20 min, 5×/week",
            },
            new ProgrammeItem
            {
                ItemId = MovementBreakItem, ExerciseId = "e-break", ExerciseName = "Movement break during desk work", Order = 4,
                Category = ExerciseCategory.Posture, Dosage = new Dosage { IntervalMinutes = 45 },
                DosageText = "every 45 min",
            },
        },
    };

    public static Schedule Today(Guid patientId, DateTimeOffset now) => new()
    {
        PatientId = patientId.ToString(),
        TimeZone = "Europe/London",
        FromDate = now.ToString("yyyy-MM-dd"),
        ToDate = now.ToString("yyyy-MM-dd"),
        Sessions =
        {
            new PlannedSession
            {
                SessionId = "s-done", ProgrammeId = ProgrammeId, ProgrammeVersion = 4, Status = SessionStatus.Done,
                LocalStartTime = "07:30", WindowStart = Timestamp.FromDateTimeOffset(now.AddHours(-6)), WindowEnd = Timestamp.FromDateTimeOffset(now.AddHours(-4)),
                Exercises = { new PlannedExercise { ItemId = BirdDogItem, ExerciseName = "Bird-dog" } },
            },
            new PlannedSession
            {
                SessionId = "s-due", ProgrammeId = ProgrammeId, ProgrammeVersion = 4, Status = SessionStatus.Planned,
                LocalStartTime = "18:00", WindowStart = Timestamp.FromDateTimeOffset(now.AddHours(-1)), WindowEnd = Timestamp.FromDateTimeOffset(now.AddHours(2)),
                Exercises =
                {
                    new PlannedExercise { ItemId = CableItem, ExerciseName = "Cable trunk extension" },
                    new PlannedExercise { ItemId = WalkingItem, ExerciseName = "Walking" },
                },
            },
        },
    };
}
