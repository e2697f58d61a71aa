using Telehealth.Contracts.Events.V1;
using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Events;

/// <summary>A progression or regression suggestion as progress sent it, whichever event carried it.</summary>
internal sealed record IncomingSuggestion(
    Guid SourceEventId,
    Guid ReportId,
    Guid ProgrammeId,
    Guid ItemId,
    SuggestionKind Kind,
    DosageSnapshot Proposed,
    string Explanation,
    int BasedOnVersion)
{
    public static IncomingSuggestion From(ProgressionSuggested e) =>
        new(e.SuggestionId, e.ReportId, e.ProgrammeId, e.ItemId, SuggestionKind.Progression, e.Proposed, e.Explanation, e.BasedOnVersion);

    public static IncomingSuggestion From(RegressionSuggested e) =>
        new(e.SuggestionId, e.ReportId, e.ProgrammeId, e.ItemId, SuggestionKind.Regression, e.Proposed, e.Explanation, e.BasedOnVersion);
}
