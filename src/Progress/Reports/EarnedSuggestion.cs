namespace Telehealth.Progress.Reports;

/// <summary>A suggestion made for an exercise, and when the session that earned it was done.</summary>
internal sealed record EarnedSuggestion(Guid ProgrammeItemId, DateTimeOffset PerformedAt);
