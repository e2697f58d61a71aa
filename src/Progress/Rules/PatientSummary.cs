namespace Telehealth.Progress.Rules;

/// <summary>What the caseload triage needs to know about one patient; nothing that identifies them beyond the id.</summary>
public sealed record PatientSummary
{
    public required Guid PatientId { get; init; }

    public IReadOnlyList<RedFlag> UnacknowledgedRedFlags { get; init; } = [];

    public DateTimeOffset? RedFlagReportedAt { get; init; }

    /// <summary>When the oldest pain flare (or worse next morning) not yet reviewed was reported; null if none is open.</summary>
    public DateTimeOffset? OpenPainFlareSince { get; init; }

    /// <summary>Adherence over the alert window, 0–1; null when nothing was planned.</summary>
    public decimal? TwoWeekAdherence { get; init; }

    public int ExercisesReadyToProgress { get; init; }
}
