using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Commands.Patient;

/// <summary>
/// Reports one exercise session against the current programme: pain before and after, what was done of
/// each exercise, effort, and an answer to every red-flag question.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.DefaultingToCaller();
        var painBefore = OptionParsers.Number("--pain-before", "Pain before the session", 0, 10, required: true);
        var painAfter = OptionParsers.Number("--pain-after", "Pain after the session", 0, 10, required: true);
        var exercises = new Option<string[]>("--exercise") { Description = $"What you did of one exercise, once per exercise, naming it by its number (1, 2, … as `patient programme` shows), name or id: {ExerciseResultSpec.Syntax}", HelpName = "spec", AllowMultipleArgumentsPerToken = false };
        var allDone = new Option<bool>("--all-done") { Description = "Every exercise not given with --exercise was done as prescribed" };
        var effort = OptionParsers.Number("--effort", "How hard it felt (RPE), for exercises without their own rpe", 0, 10);
        var redFlags = new Option<string[]>("--red-flag") { Description = $"A warning sign you have now, once per sign: {string.Join(", ", EnumNames.All<RedFlag>())}", HelpName = "sign" };
        redFlags.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !EnumNames.TryParse<RedFlag>(t.Value, out _)))
            {
                result.AddError($"--red-flag takes one of {string.Join(", ", EnumNames.All<RedFlag>())}, not '{token.Value}'.");
            }
        });
        var noRedFlags = new Option<bool>("--no-red-flags") { Description = "You have none of the warning signs" };
        var notes = new Option<string?>("--notes") { Description = "Anything else for your therapist", HelpName = "text" };
        var session = OptionParsers.Id("--session", "The planned session this was (the start of its id for one of today's); default: today's session now due");
        var performedAt = new Option<string?>("--performed-at") { Description = $"When you did it, {LocalTimes.Help}; default: now", HelpName = "time" };
        var command = new Command("report", "Report a session: pain before and after, each exercise, effort, red flags")
        {
            patient, painBefore, painAfter, exercises, allDone, effort, redFlags, noRedFlags, notes, session, performedAt,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(redFlags) is not null && result.GetResult(noRedFlags) is not null)
            {
                result.AddError("Give --red-flag for each warning sign you have, or --no-red-flags, not both.");
            }
            if (result.GetResult(exercises) is null && result.GetResult(allDone) is null)
            {
                result.AddError("Say what you did: --all-done, or --exercise for each exercise (see `telehealth patient programme`).");
            }
        });
        runtime.SetAction(command, async context =>
        {
            var patientId = await context.PatientOrCallerAsync(patient);
            var when = context.Value(performedAt) is { } text
                ? LocalTimes.TryParse(text, context.Output.Zone, out var parsed) ? parsed : throw CliException.Usage($"--performed-at takes a time, {LocalTimes.Help}; not '{text}'.")
                : context.Now;
            // What was typed is checked before anyone is asked anything or anything is sent.
            var specs = (context.Value(exercises) ?? []).Select(ExerciseResultSpec.Parse).ToList();
            var answers = RedFlagAnswers(context, context.Value(redFlags) ?? [], context.Value(noRedFlags));
            var programme = await context.Prescription.GetActiveProgrammeAsync(patientId, context.Cancellation);
            var planned = await PlannedSession.FindAsync(context, patientId, context.Value(session), when);
            var request = new SubmitSessionReportRequest
            {
                PatientId = patientId.ToString(),
                ProgrammeId = programme.ProgrammeId,
                ProgrammeVersion = programme.Version,
                PlannedSessionId = planned?.SessionId ?? "",
                PerformedAt = Timestamp.FromDateTimeOffset(when),
                PainBefore = context.Value(painBefore)!.Value,
                PainAfter = context.Value(painAfter)!.Value,
                Notes = context.Value(notes) ?? "",
            };
            var due = planned?.Exercises.Select(e => e.ItemId).ToHashSet();
            request.Exercises.AddRange(SessionExercises.Results(programme, due, specs, context.Value(allDone), context.Value(effort)));
            request.RedFlags.AddRange(answers);
            var response = await context.Progress.SubmitReportAsync(request, context.Cancellation);
            context.Output.Show(response, () =>
            {
                context.Output.Screen.WriteLine($"Session reported ({response.ReportId}).");
                FeedbackView.Write(context.Output, response.Feedback, response.TherapistAlerted);
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    // Every question gets an answer: from the options, or from the patient at a terminal. A script
    // that says nothing about red flags is refused rather than reported as "none".
    private static IEnumerable<RedFlagAnswer> RedFlagAnswers(CommandContext context, string[] named, bool none)
    {
        if (named.Length > 0 || none)
        {
            var present = named.Select(name => EnumNames.TryParse<RedFlag>(name, out var flag) ? flag : RedFlag.Unspecified).ToHashSet();
            return RedFlagQuestions.Answers(present).ToList();
        }
        var prompter = new Prompter(context.Host.Console);
        if (!prompter.CanAsk)
        {
            throw CliException.Usage("Answer the red-flag questions: --no-red-flags, or --red-flag <sign> for each warning sign you have.");
        }
        return RedFlagQuestions.All
            .Select(q => new RedFlagAnswer { Flag = q.Flag, Present = prompter.AskYesNo(q.Question) })
            .ToList();
    }
}
