using System.CommandLine;
using Telehealth.Cli.Commands.Lookups;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>Progression and regression suggestions from the rules engine, waiting for the therapist's decision, and the way back from one applied automatically.</summary>
internal static class SuggestionsCommand
{
    public static Command Create(CommandRuntime runtime) => new("suggestions", "Progression and regression suggestions awaiting your decision")
    {
        List(runtime),
        Decide(runtime, "approve", Decision.Approve, "Approve a suggestion: the programme gets a new version with the proposed dosage", reasonRequired: false),
        Decide(runtime, "reject", Decision.Reject, "Reject a suggestion, saying why", reasonRequired: true),
        Decide(runtime, "undo", Decision.Undo, "Take back a change made automatically: the exercise returns to the dose it had, as a new version", reasonRequired: false),
    };

    private static Command List(CommandRuntime runtime)
    {
        var patient = PatientOption.Filter("Only this patient's; the whole caseload when left out");
        var all = new Option<bool>("--all") { Description = "Decided ones too, not only those pending" };
        var command = new Command("list", "List suggestions (pending ones unless --all)") { patient, all };
        runtime.SetAction(command, async context =>
        {
            var request = new ListSuggestionsRequest
            {
                PatientId = context.Value(patient) is null ? "" : (await context.PatientAsync(patient)).ToString(),
                PendingOnly = !context.Value(all),
            };
            var response = await context.Prescription.ListSuggestionsAsync(request, context.Cancellation);
            context.Output.Show(response, () => SuggestionList.Write(context.Output, response));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Decide(CommandRuntime runtime, string name, Decision decision, string description, bool reasonRequired)
    {
        var suggestion = OptionParsers.IdArgument("suggestion", "The suggestion's id, from `therapist suggestions list`");
        var reason = new Option<string?>("--reason") { Description = "Why, as it will be recorded", Required = reasonRequired, HelpName = "text" };
        var command = new Command(name, description) { suggestion, reason };
        runtime.SetAction(command, async context =>
        {
            var request = new DecideSuggestionRequest
            {
                SuggestionId = await SuggestionLookup.ResolveAsync(context, context.Value(suggestion)!),
                Decision = decision,
                Reason = context.Value(reason) ?? "",
            };
            var response = await context.Prescription.DecideAsync(request, context.Cancellation);
            context.Output.Show(response, () => DecisionView.Write(context.Output, response));
            return ExitCodes.Ok;
        });
        return command;
    }
}
