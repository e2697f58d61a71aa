using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Commands.Patient;

/// <summary>
/// The Oswestry Disability Index: ten sections, 0–5 each. Options answer sections; at a terminal the
/// sections not given are asked (Enter skips one); in a script the sections not given are skipped.
/// </summary>
internal static class OdiCommand
{
    private const int Skipped = -1;

    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.DefaultingToCaller();
        var sections = OdiSections.All.ToDictionary(
            section => section,
            section => OptionParsers.Number($"--{section.Name}", $"{section.Title}: 0 {section.Zero}, 5 {section.Five}", 0, 5));
        var command = new Command("odi", "Answer the Oswestry Disability Index questionnaire (asked section by section at a terminal)") { patient };
        foreach (var option in sections.Values)
        {
            command.Add(option);
        }
        runtime.SetAction(command, async context =>
        {
            var patientId = await context.PatientOrCallerAsync(patient);
            var given = sections.ToDictionary(pair => pair.Key, pair => context.Value(pair.Value));
            var prompter = new Prompter(context.Host.Console);
            if (given.Values.All(v => v is null) && !prompter.CanAsk)
            {
                throw CliException.Usage($"Answer the sections with {string.Join(", ", OdiSections.All.Select(s => "--" + s.Name))} (0–5 each), or run at a terminal to be asked.");
            }
            var answers = new List<int>();
            foreach (var section in OdiSections.All)
            {
                var answer = given[section] ?? (prompter.CanAsk ? prompter.AskNumber(section.Question, 0, 5, allowSkip: true) : null);
                answers.Add(answer ?? Skipped);
            }
            var request = new SubmitOutcomeMeasureRequest
            {
                PatientId = patientId.ToString(),
                Measure = OutcomeMeasure.OswestryDisabilityIndex,
                CompletedAt = Timestamp.FromDateTimeOffset(context.Now),
            };
            request.Answers.AddRange(answers);
            var response = await context.Progress.SubmitOutcomeAsync(request, context.Cancellation);
            context.Output.Show(response, () => OutcomeView.Write(context.Output, response));
            return ExitCodes.Ok;
        });
        return command;
    }
}
