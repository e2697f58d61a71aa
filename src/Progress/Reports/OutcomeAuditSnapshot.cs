using Telehealth.Progress.Data;

namespace Telehealth.Progress.Reports;

/// <summary>
/// An outcome measure as its audit record keeps it. <see cref="Answers"/> is the answers as they
/// are stored, a JSON array in a string; version 1 of the shape has it so.
/// </summary>
internal sealed record OutcomeAuditSnapshot(
    string Measure,
    string Answers,
    double Score,
    double? ChangeFromBaseline,
    bool MinimalImportantChangeReached,
    DateTimeOffset CompletedAt)
{
    public static OutcomeAuditSnapshot Of(StoredOutcome outcome) => new(
        outcome.Measure,
        outcome.Answers,
        outcome.Score,
        outcome.ChangeFromBaseline,
        outcome.MinimalImportantChangeReached,
        outcome.CompletedAt);
}
