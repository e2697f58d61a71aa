using System.Globalization;
using Spectre.Console;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Output.Views;

internal static class OutcomeView
{
    public static void Write(CommandOutput output, SubmitOutcomeMeasureResponse response)
    {
        output.Screen.MarkupLine($"[bold]Oswestry Disability Index: {response.Score.ToString("0.#", CultureInfo.InvariantCulture)} %[/]");
        if (response.HasChangeFromBaseline)
        {
            var change = response.ChangeFromBaseline.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture);
            var important = response.MinimalImportantChangeReached ? ", a change that matters (10 points or more)" : "";
            output.Screen.MarkupLine($"Change from your first score: {change} points{important}.");
        }
        if (response.Interpretation.Length > 0)
        {
            output.Screen.MarkupLine(Markup.Escape(response.Interpretation));
        }
    }
}
