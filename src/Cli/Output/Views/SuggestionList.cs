using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Output.Views;

/// <summary>
/// Suggestions as short blocks rather than a table: two ids, two dosages and an explanation do not fit
/// a terminal's width as columns. Ids are shown as approve and reject take them, by their start.
/// </summary>
internal static class SuggestionList
{
    public static void Write(CommandOutput output, ListSuggestionsResponse response)
    {
        if (response.Suggestions.Count == 0)
        {
            output.Screen.WriteLine("No suggestions.");
            return;
        }
        var shortId = ShortIds.For(response.Suggestions.SelectMany(s => new[] { s.SuggestionId, s.PatientId }));
        foreach (var suggestion in response.Suggestions)
        {
            var screen = output.Screen;
            screen.MarkupLine($"[bold]{shortId(suggestion.SuggestionId)}[/]  {Kind(suggestion.Kind)}  {EnumNames.Of(suggestion.Status)}  {output.Time(suggestion.SuggestedAt)}");
            screen.MarkupLine($"  Patient {shortId(suggestion.PatientId)}, {Markup.Escape(suggestion.ExerciseName)}");
            screen.MarkupLine($"  {Markup.Escape(DosageWords.Describe(suggestion.Current))} → [bold]{Markup.Escape(DosageWords.Describe(suggestion.Proposed))}[/]");
            screen.MarkupLine($"  {Markup.Escape(suggestion.Explanation)}");
            if (suggestion.DecidedBy.Length > 0)
            {
                screen.MarkupLine($"  Decided by {Markup.Escape(suggestion.DecidedBy)} {output.Time(suggestion.DecidedAt)}: {Markup.Escape(suggestion.DecisionReason)}");
            }
            screen.WriteLine();
        }
    }

    private static string Kind(SuggestionKind kind) => kind switch
    {
        SuggestionKind.Progression => "[green]progression[/]",
        SuggestionKind.Regression => "[yellow]regression[/]",
        _ => "—",
    };
}
