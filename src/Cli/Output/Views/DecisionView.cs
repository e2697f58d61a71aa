using Spectre.Console;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Output.Views;

internal static class DecisionView
{
    public static void Write(CommandOutput output, DecideSuggestionResponse response)
    {
        var suggestion = response.Suggestion;
        var verb = suggestion.Status switch
        {
            SuggestionStatus.Rejected => "Rejected",
            SuggestionStatus.Edited => "Approved with changes",
            SuggestionStatus.Undone => "Undid",
            _ => "Approved",
        };
        output.Screen.MarkupLine($"{verb} suggestion {suggestion.SuggestionId} ({Markup.Escape(suggestion.ExerciseName)}).");
        if (response.Programme is { } programme && suggestion.Status != SuggestionStatus.Rejected)
        {
            output.Screen.MarkupLine($"Programme {programme.ProgrammeId} is now version {programme.Version}.");
        }
    }
}
