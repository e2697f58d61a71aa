namespace Telehealth.Progress.Rules;

/// <summary>
/// A session from the schedule: the window in which it may be done and, if it was reported,
/// when.
/// </summary>
public sealed record PlannedSession(
    Guid SessionId,
    DateTimeOffset WindowOpensAt,
    DateTimeOffset WindowClosesAt,
    DateTimeOffset? ReportedAt = null);
