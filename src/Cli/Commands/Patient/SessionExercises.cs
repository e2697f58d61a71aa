using Telehealth.Cli.Input;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Commands.Patient;

/// <summary>
/// What was done of each exercise, for a report or its correction: the exercises given with
/// --exercise (by number, name or id), and with --all-done the rest of the session as prescribed.
/// </summary>
internal static class SessionExercises
{
    /// <param name="due">The items of the planned session, when scheduling says which; else every item with something to count.</param>
    public static List<ExerciseResult> Results(Programme programme, IReadOnlySet<string>? due, IReadOnlyList<ExerciseResultSpec> specs, bool allDone, int? effort)
    {
        var results = new List<ExerciseResult>();
        foreach (var spec in specs)
        {
            var item = ExerciseNumbers.Find(programme.Items, spec.Item, "exercise in your programme");
            if (results.Any(r => r.ItemId == item.ItemId))
            {
                throw CliException.Usage($"\"{item.ExerciseName}\" is given twice with --exercise.");
            }
            results.Add(spec.ToResult(item.ItemId, effort));
        }
        if (allDone)
        {
            // "All" is the session's exercises when scheduling says which (movement breaks, say, are not
            // part of a session), else every exercise with something to count.
            results.AddRange(programme.Items
                .Where(item => results.All(r => r.ItemId != item.ItemId) && (due is not { Count: > 0 } || due.Contains(item.ItemId)))
                .OrderBy(item => item.Order)
                .Select(item => ExerciseResultSpec.AsPrescribed(item, effort))
                .OfType<ExerciseResult>());
        }
        return results;
    }
}
