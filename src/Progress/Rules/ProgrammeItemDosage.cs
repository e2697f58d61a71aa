namespace Telehealth.Progress.Rules;

/// <summary>
/// What the therapist prescribed for one exercise of a programme. Fields that do not apply to
/// the exercise stay null: a body-weight exercise has no <see cref="LoadKg"/>, a stretch has
/// no <see cref="Reps"/>.
/// </summary>
public sealed record ProgrammeItemDosage
{
    public required Guid ProgrammeItemId { get; init; }

    /// <summary>Used in explanations so the therapist and patient know which exercise is meant.</summary>
    public required string ExerciseName { get; init; }

    public required ExerciseCategory Category { get; init; }

    public int Sets { get; init; } = 1;

    public RepRange? Reps { get; init; }

    public int? HoldSeconds { get; init; }

    /// <summary>Null for body-weight exercises; zero is a real load on equipment that can go up from nothing.</summary>
    public decimal? LoadKg { get; init; }

    /// <summary>The equipment's smallest load step; loads are only ever suggested on this grid.</summary>
    public decimal? LoadStepKg { get; init; }

    public int? Minutes { get; init; }

    public int SessionsPerWeek { get; init; }

    /// <summary>The weekdays the exercise is planned for; empty when any day will do.</summary>
    public IReadOnlySet<DayOfWeek> Days { get; init; } = new HashSet<DayOfWeek>();

    public bool AutoProgression { get; init; } = true;

    public AutoProgressionCap? Cap { get; init; }

    /// <summary>The load before the last increase; a flare goes back to it when it is lower than today's.</summary>
    public decimal? PreviousLoadKg { get; init; }

    /// <summary>The hold before the last increase; a flare goes back to it when it is shorter than today's.</summary>
    public int? PreviousHoldSeconds { get; init; }

    /// <summary>The rep range before the last increase; a flare goes back to it when its top is lower than today's.</summary>
    public RepRange? PreviousReps { get; init; }

    /// <summary>The minutes before the last increase; a flare goes back to them when fewer than today's.</summary>
    public int? PreviousMinutes { get; init; }

    /// <summary>
    /// When the therapist last lowered this dose by hand. Sessions before it do not count
    /// towards progression, so the dose is not raised again until the patient earns it.
    /// </summary>
    public DateTimeOffset? ManuallyLoweredAt { get; init; }

    /// <summary>Per-exercise progression settings; null means the programme's.</summary>
    public ProgressionSettings? Progression { get; init; }

    /// <summary>Per-exercise regression settings; null means the programme's.</summary>
    public RegressionSettings? Regression { get; init; }

    public bool IsScheduledOn(DayOfWeek day) => Days.Count == 0 || Days.Contains(day);
}
