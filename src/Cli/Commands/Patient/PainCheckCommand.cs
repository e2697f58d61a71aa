using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Spectre.Console;
using Telehealth.Cli.Commands.Lookups;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Commands.Patient;

/// <summary>The morning after a session: is the pain back to its usual level? Worse means the load comes down.</summary>
internal static class PainCheckCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.DefaultingToCaller();
        var pain = OptionParsers.Number("--pain", "Your pain now", 0, 10, required: true);
        var usual = OptionParsers.Number("--usual", "Your usual pain", 0, 10, required: true);
        var report = OptionParsers.Id("--report", "The session report this follows (see `patient reports`); default: your latest");
        var command = new Command("pain-check", "The next-day pain check after a session") { patient, pain, usual, report };
        runtime.SetAction(command, async context =>
        {
            var patientId = await context.PatientOrCallerAsync(patient);
            var reportId = context.Value(report) is { } given
                ? await ReportLookup.ResolveAsync(context, patientId, given)
                : await LatestReportAsync(context, patientId);
            var response = await context.Progress.SubmitPainCheckAsync(new SubmitNextDayPainCheckRequest
            {
                PatientId = patientId.ToString(),
                ReportId = reportId,
                Pain = context.Value(pain)!.Value,
                UsualPain = context.Value(usual)!.Value,
                CheckedAt = Timestamp.FromDateTimeOffset(context.Now),
            }, context.Cancellation);
            context.Output.Show(response, () =>
            {
                context.Output.Screen.WriteLine("Pain check saved.");
                FeedbackView.Write(context.Output, response.Feedback, response.TherapistAlerted);
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<string> LatestReportAsync(CommandContext context, Guid patientId)
    {
        var reports = await context.Progress.ListReportsAsync(patientId, 1, context.Cancellation);
        return reports.Reports.OrderByDescending(r => r.PerformedAt?.ToDateTimeOffset()).FirstOrDefault()?.ReportId
            ?? throw CliException.NotFound("No session report to follow up yet: report a session first, or give --report.");
    }
}
