namespace Telehealth.Prescription.Domain;

/// <summary>
/// Built-in templates following CLINICAL.md's stages: coordination first, then endurance, then
/// strength; static before dynamic. Starting dosages are deliberately modest: a programme must
/// not increase the pain, and the caps let the programme grow between reviews without waiting
/// for the therapist.
/// </summary>
public static class ProgrammeTemplates
{
    public static readonly ProgrammeTemplate ChronicLowBackPainPhase1 = ProgrammeTemplate.BuiltIn(
        key: "chronic-lbp-phase-1",
        name: "Chronic low back pain — phase 1 (coordination, static)",
        description:
            "Learn to switch the inhibited deep stabilisers back on without moving the spine, wake up the glutes, " +
            "stretch the tight hip flexors and start walking. After a disc herniation, replace the knee-to-chest " +
            "stretch, which bends the spine forward.",
        reviewIntervalDays: 14,
        Item(StabiliserActivationExercises.DrawingInWithMultifidus, RehabPhase.Coordination, MovementMode.Static,
            new Dosage { Sets = 3, RepsMin = 8, RepsMax = 10, HoldSeconds = 10, SessionsPerWeek = 7 }),
        Item(StabiliserActivationExercises.BirdDog, RehabPhase.Coordination, MovementMode.Static,
            new Dosage { Sets = 2, RepsMin = 5, RepsMax = 8, HoldSeconds = 5, SessionsPerWeek = 5 },
            ProgressionSettings.AutomaticWithin(maxHoldSeconds: 10)),
        Item(GluteActivationExercises.ShoulderBridge, RehabPhase.Coordination, MovementMode.Static,
            new Dosage { Sets = 2, RepsMin = 8, RepsMax = 10, HoldSeconds = 5, SessionsPerWeek = 5 },
            ProgressionSettings.AutomaticWithin(maxHoldSeconds: 10)),
        Item(StretchExercises.PsoasStretch, RehabPhase.Coordination, MovementMode.Static,
            new Dosage { HoldsPerSide = 2, HoldSeconds = 30, SessionsPerWeek = 7 },
            ProgressionSettings.AutomaticWithin(maxHoldSeconds: 60)),
        Item(StretchExercises.KneeToChest, RehabPhase.Coordination, MovementMode.Static,
            new Dosage { HoldsPerSide = 2, HoldSeconds = 20, SessionsPerWeek = 7 }),
        Item(AerobicExercises.Walking, RehabPhase.Endurance, MovementMode.Dynamic,
            new Dosage { Minutes = 15, SessionsPerWeek = 5, RpeTarget = 3 },
            ProgressionSettings.AutomaticWithin(maxMinutes: 30)),
        Item(PostureExercises.MovementBreak, RehabPhase.Coordination, MovementMode.Dynamic,
            new Dosage { IntervalMinutes = 45, Days = WeekDays.Weekdays }));

    public static readonly ProgrammeTemplate ChronicLowBackPainPhase2 = ProgrammeTemplate.BuiltIn(
        key: "chronic-lbp-phase-2",
        name: "Chronic low back pain — phase 2 (endurance, dynamic)",
        description:
            "Once the stabilisers switch on reliably: more repetitions and longer holds, movement of the spine, and " +
            "light cable work that can be raised in small weight steps. Walking grows towards 40 minutes.",
        reviewIntervalDays: 21,
        Item(StabiliserActivationExercises.BirdDog, RehabPhase.Endurance, MovementMode.Dynamic,
            new Dosage { Sets = 3, RepsMin = 10, RepsMax = 12, HoldSeconds = 3, SessionsPerWeek = 5 }),
        Item(StabiliserActivationExercises.SidePlank, RehabPhase.Endurance, MovementMode.Static,
            new Dosage { Sets = 3, RepsMin = 3, RepsMax = 5, HoldSeconds = 15, SessionsPerWeek = 3 },
            ProgressionSettings.AutomaticWithin(maxHoldSeconds: 30)),
        Item(GluteActivationExercises.ShoulderBridge, RehabPhase.Endurance, MovementMode.Dynamic,
            new Dosage { Sets = 3, RepsMin = 10, RepsMax = 15, HoldSeconds = 3, SessionsPerWeek = 5 }),
        Item(LumbarStrengtheningExercises.CableTrunkExtension, RehabPhase.Endurance, MovementMode.Dynamic,
            new Dosage { Sets = 2, RepsMin = 12, RepsMax = 15, LoadKg = 5m, SessionsPerWeek = 2 },
            ProgressionSettings.AutomaticWithin(maxLoadKg: 10m)),
        Item(LumbarStrengtheningExercises.CableTrunkRotation, RehabPhase.Endurance, MovementMode.Dynamic,
            new Dosage { Sets = 2, RepsMin = 12, RepsMax = 15, LoadKg = 2.5m, SessionsPerWeek = 2 },
            ProgressionSettings.AutomaticWithin(maxLoadKg: 5m)),
        Item(StretchExercises.HamstringStretch, RehabPhase.Endurance, MovementMode.Static,
            new Dosage { HoldsPerSide = 2, HoldSeconds = 30, SessionsPerWeek = 7 },
            ProgressionSettings.AutomaticWithin(maxHoldSeconds: 60)),
        Item(StretchExercises.CatCow, RehabPhase.Endurance, MovementMode.Dynamic,
            new Dosage { HoldsPerSide = 5, HoldSeconds = 5, SessionsPerWeek = 7 }),
        Item(AerobicExercises.Walking, RehabPhase.Endurance, MovementMode.Dynamic,
            new Dosage { Minutes = 25, SessionsPerWeek = 5, RpeTarget = 4 },
            ProgressionSettings.AutomaticWithin(maxMinutes: 40)),
        Item(PostureExercises.MovementBreak, RehabPhase.Endurance, MovementMode.Dynamic,
            new Dosage { IntervalMinutes = 45, Days = WeekDays.Weekdays }));

    public static readonly ProgrammeTemplate ChronicLowBackPainPhase3 = ProgrammeTemplate.BuiltIn(
        key: "chronic-lbp-phase-3",
        name: "Chronic low back pain — phase 3 (strength)",
        description:
            "Strength for the deep lumbar extensors: isolated lumbar extension, one set of 8–15 reps to fatigue " +
            "about once a week (Carpenter & Nelson 1999; Graves 1990), with heavier cable work. Set the starting " +
            "loads from the patient's own test before prescribing; the template's loads are placeholders.",
        reviewIntervalDays: 28,
        Item(LumbarStrengtheningExercises.IsolatedLumbarExtension, RehabPhase.Strength, MovementMode.Dynamic,
            new Dosage { Sets = 1, RepsMin = 8, RepsMax = 15, LoadKg = 10m, SessionsPerWeek = 1 },
            ProgressionSettings.AutomaticWithin(maxLoadKg: 15m)),
        Item(LumbarStrengtheningExercises.CableTrunkExtension, RehabPhase.Strength, MovementMode.Dynamic,
            new Dosage { Sets = 2, RepsMin = 8, RepsMax = 12, LoadKg = 7.5m, SessionsPerWeek = 2 },
            ProgressionSettings.AutomaticWithin(maxLoadKg: 12.5m)),
        Item(StabiliserActivationExercises.SidePlank, RehabPhase.Strength, MovementMode.Static,
            new Dosage { Sets = 3, RepsMin = 3, RepsMax = 5, HoldSeconds = 30, SessionsPerWeek = 3 },
            ProgressionSettings.AutomaticWithin(maxHoldSeconds: 45)),
        Item(StabiliserActivationExercises.BirdDog, RehabPhase.Strength, MovementMode.Dynamic,
            new Dosage { Sets = 3, RepsMin = 10, RepsMax = 12, HoldSeconds = 5, SessionsPerWeek = 3 }),
        Item(StretchExercises.PsoasStretch, RehabPhase.Strength, MovementMode.Static,
            new Dosage { HoldsPerSide = 2, HoldSeconds = 30, SessionsPerWeek = 7 }),
        Item(AerobicExercises.Cycling, RehabPhase.Endurance, MovementMode.Dynamic,
            new Dosage { Minutes = 30, SessionsPerWeek = 4, RpeTarget = 5 },
            ProgressionSettings.AutomaticWithin(maxMinutes: 45)),
        Item(PostureExercises.MovementBreak, RehabPhase.Strength, MovementMode.Dynamic,
            new Dosage { IntervalMinutes = 45, Days = WeekDays.Weekdays }));

    public static IReadOnlyList<ProgrammeTemplate> All { get; } =
        [ChronicLowBackPainPhase1, ChronicLowBackPainPhase2, ChronicLowBackPainPhase3];

    public static ProgrammeTemplate? Find(Guid id) => All.FirstOrDefault(t => t.Id == id);

    private static TemplateItem Item(Exercise exercise, RehabPhase phase, MovementMode mode, Dosage dosage, ProgressionSettings? progression = null) =>
        new()
        {
            ExerciseId = exercise.Id,
            Dosage = dosage,
            Phase = phase,
            Mode = mode,
            Progression = progression ?? ProgressionSettings.Manual,
        };
}
