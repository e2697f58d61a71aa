using System.CommandLine;
using Spectre.Console;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Cli.Commands.Lookups;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Commands.Patient;

/// <summary>
/// Corrects a report the patient sent in the last 7 days. The service takes the report again as it
/// should have been (pain, every exercise, notes) with a reason; exercises are named against the
/// programme version the report followed. Red-flag answers cannot be corrected.
/// </summary>
internal static class ReportCorrectCommand
{
    // Around the time the session was done, to find the planned session the report marked done.
    private static readonly TimeSpan SessionSearch = TimeSpan.FromDays(1);

    public static Command Create(CommandRuntime runtime)
    {
        var report = OptionParsers.IdArgument("report", "The report's id, from `patient reports`");
        var painBefore = OptionParsers.Number("--pain-before", "Pain before the session, as it should have been reported", 0, 10, required: true);
        var painAfter = OptionParsers.Number("--pain-after", "Pain after the session, as it should have been reported", 0, 10, required: true);
        var exercises = new Option<string[]>("--exercise") { Description = $"What you did of one exercise, once per exercise, by its number, name or id: {ExerciseResultSpec.Syntax}", HelpName = "spec" };
        var allDone = new Option<bool>("--all-done") { Description = "Every exercise of the session not given with --exercise was done as prescribed" };
        var effort = OptionParsers.Number("--effort", "How hard it felt (RPE), for exercises without their own rpe", 0, 10);
        var notes = new Option<string?>("--notes") { Description = "The notes as they should be: they replace the notes sent", HelpName = "text" };
        var reason = new Option<string>("--reason") { Description = "Why the report was wrong", HelpName = "text", Required = true };
        var command = new Command("correct", "Correct a session report sent in the last 7 days: pain, exercises and notes, given again as they should have been")
        {
            report, painBefore, painAfter, exercises, allDone, effort, notes, reason,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(exercises) is null && result.GetResult(allDone) is null)
            {
                result.AddError("Say what you did: --all-done, or --exercise for each exercise (every exercise of the session is given again).");
            }
        });
        runtime.SetAction(command, async context =>
        {
            var specs = (context.Value(exercises) ?? []).Select(ExerciseResultSpec.Parse).ToList();
            var patientId = context.Caller();
            var sent = await ReportLookup.FindAsync(context, patientId, context.Value(report)!);
            var programme = await context.Prescription.GetProgrammeAsync(new GetProgrammeRequest { ProgrammeId = sent.ProgrammeId, Version = sent.ProgrammeVersion }, context.Cancellation);
            var due = await SessionItemsAsync(context, patientId, sent);
            var request = new CorrectSessionReportRequest
            {
                PatientId = patientId.ToString(),
                ReportId = sent.ReportId,
                PainBefore = context.Value(painBefore)!.Value,
                PainAfter = context.Value(painAfter)!.Value,
                Notes = context.Value(notes) ?? "",
                Reason = context.Value(reason)!,
            };
            request.Exercises.AddRange(SessionExercises.Results(programme, due, specs, context.Value(allDone), context.Value(effort)));
            if (context.Value(notes) is null)
            {
                context.Output.Note("The corrected report has no notes: --notes gives them again.");
            }
            var response = await context.Progress.CorrectReportAsync(request, context.Cancellation);
            context.Output.Show(response, () =>
            {
                context.Output.Screen.WriteLine($"Report {response.ReportId} corrected at {context.Output.Time(response.CorrectedAt)}; the report as sent stays in the audit trail.");
                FeedbackView.Write(context.Output, [], response.TherapistAlerted);
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The items of the planned session the report marked done, when scheduling can say; else null (every item counts).</summary>
    private static async Task<IReadOnlySet<string>?> SessionItemsAsync(CommandContext context, Guid patientId, SessionReportSummary sent)
    {
        var performed = sent.PerformedAt.ToDateTimeOffset();
        try
        {
            var plan = await context.Scheduling.GetPatientPlanAsync(new GetPatientPlanRequest
            {
                PatientId = patientId.ToString(),
                From = Timestamp.FromDateTimeOffset(performed - SessionSearch),
                To = Timestamp.FromDateTimeOffset(performed + SessionSearch),
            }, context.Cancellation);
            return plan.Sessions.FirstOrDefault(s => s.ReportId == sent.ReportId)?.Exercises.Select(e => e.ItemId).ToHashSet();
        }
        catch (Exception exception) when (exception is ServiceCallException or CliException)
        {
            context.Output.Note($"Could not find the session the report was for ({exception.Message}); --all-done counts every exercise of the programme.");
            return null;
        }
    }
}
