using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Lookups;

/// <summary>A suggestion named by the start of its id: looked up among every suggestion for the caseload, decided or not.</summary>
internal static class SuggestionLookup
{
    public static async Task<string> ResolveAsync(CommandContext context, IdPrefix prefix)
    {
        if (prefix.Whole is { } whole)
        {
            return whole.ToString();
        }
        var response = await context.Prescription.ListSuggestionsAsync(new ListSuggestionsRequest { PendingOnly = false }, context.Cancellation);
        return IdMatch.Single(
            response.Suggestions, prefix, s => s.SuggestionId,
            s => $"{EnumNames.Of(s.Kind)} of {s.ExerciseName} for patient {ShortIds.Of(s.PatientId)}, {EnumNames.Of(s.Status)}",
            "suggestion for your caseload").SuggestionId;
    }
}
