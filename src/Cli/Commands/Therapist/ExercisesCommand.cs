using System.CommandLine;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output.Views;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Commands.Therapist;

internal static class ExercisesCommand
{
    public static Command Create(CommandRuntime runtime) => new("exercises", "The exercise library: find exercises, add your own")
    {
        Search(runtime),
        ExerciseAddCommand.Create(runtime),
    };

    private static Command Search(CommandRuntime runtime)
    {
        var text = new Argument<string?>("text") { Description = "Words to find in names, instructions and contraindications; all exercises when left out", Arity = ArgumentArity.ZeroOrOne };
        var category = EnumNames.Option<ExerciseCategory>("--category", "Only this category");
        var command = new Command("search", "Find exercises in the library (built-in and your own)") { text, category };
        runtime.SetAction(command, async context =>
        {
            var request = new SearchExercisesRequest
            {
                Text = context.Value(text) ?? "",
                Category = context.Value(category) ?? ExerciseCategory.Unspecified,
            };
            var response = await context.Prescription.SearchExercisesAsync(request, context.Cancellation);
            context.Output.Show(response, () => ExerciseTable.Write(context.Output, response));
            return ExitCodes.Ok;
        });
        return command;
    }
}
