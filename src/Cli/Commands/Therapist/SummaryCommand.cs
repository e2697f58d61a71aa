using System.CommandLine;
using Telehealth.Cli.Output.Views;

namespace Telehealth.Cli.Commands.Therapist;

internal static class SummaryCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.Required();
        var command = new Command("summary", "A patient's progress: adherence, pain, load, outcome scores, monitoring days and alerts") { patient };
        runtime.SetAction(command, async context =>
        {
            var summary = await context.Progress.GetSummaryAsync(await context.PatientAsync(patient), context.Cancellation);
            context.Output.Show(summary, () => SummaryView.Write(context.Output, summary));
            return ExitCodes.Ok;
        });
        return command;
    }
}
