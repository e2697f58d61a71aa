using System.Globalization;
using Spectre.Console;
using Telehealth.Cli.Input;
using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Cli.Output.Views;

internal static class ExerciseTable
{
    public static void Write(CommandOutput output, SearchExercisesResponse response)
    {
        if (response.Exercises.Count == 0)
        {
            output.Screen.WriteLine("No exercise matches.");
            return;
        }
        var shortId = ShortIds.For(response.Exercises.Select(e => e.ExerciseId));
        var table = new Table().AddColumns("Exercise", "Category", "Purpose", "Load step", "Source").AddColumn(Columns.Id("Id"));
        foreach (var exercise in response.Exercises)
        {
            table.AddRow(
                Markup.Escape(exercise.Name),
                EnumNames.Of(exercise.Category),
                Markup.Escape(exercise.Purpose),
                exercise.HasLoadStepKg ? $"{exercise.LoadStepKg.ToString("0.##", CultureInfo.InvariantCulture)} kg" : "—",
                exercise.BuiltIn ? "library" : "own",
                shortId(exercise.ExerciseId));
        }
        output.Screen.Write(table);
    }
}
