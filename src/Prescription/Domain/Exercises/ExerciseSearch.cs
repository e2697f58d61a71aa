using System.Text;

namespace Telehealth.Prescription.Domain;

/// <summary>
/// Case-insensitive search over the library. A word of the query matches the start of a word
/// in the exercise ("walk" finds "Walking", "cat" does not find "location"), every word of the
/// query must match, and punctuation is ignored so "childs pose" finds "Child's pose" and
/// "hip flexor" finds "hip-flexor". Exercises whose name matches come first.
/// </summary>
public static class ExerciseSearch
{
    public static IReadOnlyList<Exercise> Search(IEnumerable<Exercise> exercises, ExerciseQuery query)
    {
        var terms = Words(query.Text);

        return exercises
            .Where(e => query.Category is null || e.Category == query.Category)
            .Where(e => query.VisibleTo is not { } therapist || e.IsVisibleTo(therapist))
            .Select(e => (Exercise: e, Name: Words(e.Name), Text: Words(SearchableText(e))))
            .Where(x => terms.All(t => MatchesAny(t, x.Text)))
            .OrderByDescending(x => terms.Length > 0 && terms.All(t => MatchesAny(t, x.Name)))
            .ThenBy(x => x.Exercise.Category)
            .ThenBy(x => x.Exercise.Name, StringComparer.OrdinalIgnoreCase)
            .Select(x => x.Exercise)
            .ToList();
    }

    private static bool MatchesAny(string term, string[] words) =>
        words.Any(w => w.StartsWith(term, StringComparison.Ordinal));

    private static string SearchableText(Exercise exercise) =>
        string.Join(
            ' ',
            exercise.Name,
            ExerciseCategoryNames.Of(exercise.Category),
            exercise.Purpose,
            exercise.Instructions,
            exercise.Equipment);

    private static string[] Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var normalised = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                normalised.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' and not '’')
            {
                // Apostrophes join ("child's" → "childs"); everything else separates words.
                normalised.Append(' ');
            }
        }

        return normalised.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
