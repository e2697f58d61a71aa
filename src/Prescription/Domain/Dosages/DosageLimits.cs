namespace Telehealth.Prescription.Domain;

/// <summary>
/// Plausibility bounds on dosage values. They catch typing mistakes (30 sets, 600 kg) rather
/// than encode clinical advice; the clinical ceilings that come from CLINICAL.md say so.
/// </summary>
public static class DosageLimits
{
    public const int MaxSets = 10;
    public const int MaxReps = 50;

    /// <summary>A stretch is held up to 60 s, or until the stretch eases (CLINICAL.md).</summary>
    public const int MaxStretchHoldSeconds = 60;

    /// <summary>Endurance holds such as a side plank can reasonably pass a minute.</summary>
    public const int MaxHoldSeconds = 120;

    public const decimal MaxLoadKg = 250m;
    public const int MaxRangeOfMotionDegrees = 90;
    public const int MaxMinutes = 180;

    /// <summary>Twice a day, every day: activation drills are sometimes done that often.</summary>
    public const int MaxSessionsPerWeek = 14;

    public const int MinRpe = 1;
    public const int MaxRpe = 10;
    public const int MaxHoldsPerSide = 10;

    /// <summary>Stand up and move every 30–60 minutes during desk work (CLINICAL.md).</summary>
    public const int MinIntervalMinutes = 30;

    public const int MaxIntervalMinutes = 60;

    public static int MaxHoldFor(ExerciseCategory category) =>
        category == ExerciseCategory.Stretch ? MaxStretchHoldSeconds : MaxHoldSeconds;
}
