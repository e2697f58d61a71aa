using System.CommandLine;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>
/// Changes one exercise of the current programme (or adds or removes one) and records why. The
/// version looked at travels with the change, so a change made meanwhile is refused, not overwritten.
/// </summary>
internal static class ProgrammeAdjustCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var patient = PatientOption.Required();
        var reason = new Option<string>("--reason") { Description = "Why, as it will be recorded", Required = true, HelpName = "text" };
        var change = new ProgrammeChangeOptions();
        var command = new Command("adjust", "Change, add or remove one exercise of the patient's programme, with a reason") { patient, reason };
        foreach (var option in change.All)
        {
            command.Add(option);
        }
        command.Validators.Add(change.Validate);
        runtime.SetAction(command, async context =>
        {
            var current = await context.Prescription.GetActiveProgrammeAsync(await context.PatientAsync(patient), context.Cancellation);
            var added = context.Value(change.Add) is { } wanted ? await LibraryExerciseAsync(context, wanted) : null;
            var request = new AdjustProgrammeRequest
            {
                ProgrammeId = current.ProgrammeId,
                ExpectedVersion = current.Version,
                Reason = context.Value(reason)!,
            };
            request.Items.AddRange(change.Apply(current, context.Parse, added));
            var programme = await context.Prescription.AdjustAsync(request, context.Cancellation);
            context.Output.Show(programme, () => ProgrammeView.Write(context.Output, programme));
            return ExitCodes.Ok;
        });
        return command;
    }

    // A whole id goes as it is; anything else is looked up in the library the therapist sees.
    private static async Task<string> LibraryExerciseAsync(CommandContext context, string wanted)
    {
        if (Guid.TryParse(wanted, out var id))
        {
            return id.ToString();
        }
        var library = await context.Prescription.SearchExercisesAsync(new SearchExercisesRequest(), context.Cancellation);
        return NameMatch.Single(library.Exercises, wanted, e => e.ExerciseId, e => e.Name, "exercise in the library").ExerciseId;
    }
}
