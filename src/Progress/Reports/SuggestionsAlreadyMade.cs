using Telehealth.Progress.Data;
using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Reports;

internal static class SuggestionsAlreadyMade
{
    /// <summary>The dose changes already put to the therapist for the version the patient follows.</summary>
    public static async Task<IReadOnlyCollection<SuggestionMade>> ForAsync(ProgressDbContext db, FollowedVersion followed, CancellationToken cancellationToken)
    {
        var made = await ReportQueries.SuggestionsOnVersionAsync(db, followed.Programme.ProgrammeId, followed.Version, cancellationToken);
        return made.Select(s => new SuggestionMade(s.ProgrammeItemId, Enum.Parse<SuggestionDirection>(s.Direction))).ToHashSet();
    }
}
