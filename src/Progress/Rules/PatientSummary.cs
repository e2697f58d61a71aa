namespace Telehealth.Progress.Rules;

/// <summary>What the caseload triage needs to know about one patient; nothing that identifies them beyond the id.</summary>
public sealed record PatientSummary
{
    public required Guid PatientId { get; init; }

    public IReadOnlyList<RedFlag> UnacknowledgedRedFlags { get; init; } = [];

    /// <summary>When the oldest red flag not yet acknowledged was reported.</summary>
    public DateTimeOffset? RedFlagReportedAt { get; init; }

    /// <summary>The latest acknowledgement of a red flag in the triage window, once none is left open.</summary>
    public Acknowledgement? RedFlagAcknowledged { get; init; }

    /// <summary>When the oldest pain flare (or worse next morning) not yet reviewed was reported; null if none is open.</summary>
    public DateTimeOffset? OpenPainFlareSince { get; init; }

    /// <summary>Adherence over the alert window, 0–1; null when nothing was planned.</summary>
    public decimal? TwoWeekAdherence { get; init; }

    public int ExercisesReadyToProgress { get; init; }
}
