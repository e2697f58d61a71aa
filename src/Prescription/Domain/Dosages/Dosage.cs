namespace Telehealth.Prescription.Domain;

/// <summary>
/// How much of one exercise to do. Only the fields that matter for the exercise's category are
/// set (see <see cref="CategoryDosageFields"/>); the rest stay null. Frequency is either
/// <see cref="SessionsPerWeek"/> or specific <see cref="Days"/>, never both.
/// </summary>
public sealed record Dosage
{
    public int? Sets { get; init; }

    /// <summary>Bottom of the target rep range; reaching <see cref="RepsMax"/> earns the next step.</summary>
    public int? RepsMin { get; init; }

    public int? RepsMax { get; init; }

    public int? HoldSeconds { get; init; }

    /// <summary>Zero is a real load on equipment that can go up from nothing.</summary>
    public decimal? LoadKg { get; init; }

    public int? RangeOfMotionDegrees { get; init; }

    public int? Minutes { get; init; }

    public int? SessionsPerWeek { get; init; }

    public WeekDays Days { get; init; } = WeekDays.None;

    /// <summary>Target rating of perceived exertion on the 0–10 scale, for aerobic work.</summary>
    public int? RpeTarget { get; init; }

    public int? HoldsPerSide { get; init; }

    /// <summary>Minutes between posture breaks during desk work.</summary>
    public int? IntervalMinutes { get; init; }

    /// <summary>Readable for therapists and patients, e.g. "3 sets × 8–12 reps, 20 kg, 2×/week".</summary>
    public string Describe() => DosageText.Describe(this);
}
