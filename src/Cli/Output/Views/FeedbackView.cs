using Spectre.Console;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Output.Views;

/// <summary>What the rules engine says back to the patient, urgent messages unmissable.</summary>
internal static class FeedbackView
{
    public static void Write(CommandOutput output, IEnumerable<Feedback> feedback, bool therapistAlerted)
    {
        foreach (var item in feedback)
        {
            var text = Markup.Escape(item.Message);
            output.Screen.MarkupLine(item.Tone switch
            {
                FeedbackTone.Urgent => $"[bold white on red] URGENT [/] [bold red]{text}[/]",
                FeedbackTone.Caution => $"[yellow]Caution:[/] {text}",
                FeedbackTone.Encouraging => $"[green]{text}[/]",
                _ => text,
            });
        }
        if (therapistAlerted)
        {
            output.Screen.MarkupLine("Your therapist has been alerted.");
        }
    }
}
