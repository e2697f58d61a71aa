using System.CommandLine;
using System.Globalization;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

/// <summary>Adds the therapist's own exercise to the library, to prescribe with `programme adjust --add`.</summary>
internal static class ExerciseAddCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var name = new Option<string>("--name") { Description = "What it is called (at most 120 characters)", HelpName = "text", Required = true };
        var category = EnumNames.Option<ExerciseCategory>("--category", "What kind of exercise; it decides the dosage fields that apply", required: true);
        var purpose = new Option<string>("--purpose") { Description = "What it is for, in a sentence", HelpName = "text", Required = true };
        var instructions = new Option<string>("--instructions") { Description = "How to do it, as the patient will read it", HelpName = "text", Required = true };
        var contraindications = new Option<string[]>("--contraindication") { Description = "When not to do it, once per contraindication", HelpName = "text" };
        var loadStep = new Option<string?>("--load-step") { Description = "The equipment's smallest load step in kg, for loaded exercises (e.g. 2.5)", HelpName = "kg" };
        var command = new Command("add", "Add your own exercise to the library")
        {
            name, category, purpose, instructions, contraindications, loadStep,
        };
        runtime.SetAction(command, async context =>
        {
            var request = new AddExerciseRequest
            {
                Name = context.Value(name)!,
                Category = context.Value(category)!.Value,
                Purpose = context.Value(purpose)!,
                Instructions = context.Value(instructions)!,
            };
            request.Contraindications.AddRange(context.Value(contraindications) ?? []);
            if (context.Value(loadStep) is { } step)
            {
                request.LoadStepKg = double.TryParse(step, NumberStyles.Float, CultureInfo.InvariantCulture, out var kg) && kg > 0
                    ? kg
                    : throw CliException.Usage($"--load-step takes kilograms above 0, e.g. 2.5; not '{step}'.");
            }
            var exercise = await context.Prescription.AddExerciseAsync(request, context.Cancellation);
            context.Output.Show(exercise, () =>
            {
                var added = new SearchExercisesResponse { Exercises = { exercise } };
                ExerciseTable.Write(context.Output, added);
                context.Output.Note($"Added to your library: prescribe it with `telehealth therapist programme adjust --patient <id> --add {ShortIds.Of(exercise.ExerciseId)} …`.");
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
