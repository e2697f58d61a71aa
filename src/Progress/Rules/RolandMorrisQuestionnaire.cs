namespace Telehealth.Progress.Rules;

/// <summary>Roland-Morris Disability Questionnaire: 24 yes/no statements, the score is the number of yeses (0–24).</summary>
public static class RolandMorrisQuestionnaire
{
    public const int ItemCount = 24;

    /// <param name="items">24 answers in questionnaire order; null for an unanswered item, which is refused rather than read as "no".</param>
    public static int Score(IReadOnlyList<bool?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count != ItemCount)
        {
            throw new InvalidRuleInputException(nameof(items), $"{items.Count} items given; the Roland-Morris questionnaire has {ItemCount}");
        }

        var unanswered = items
            .Select((answer, i) => (answer, i))
            .Where(x => x.answer is null)
            .Select(x => new FieldViolation($"{nameof(items)}[{x.i}]", $"item {x.i + 1} is not answered"))
            .ToList();
        if (unanswered.Count > 0)
        {
            throw new InvalidRuleInputException(unanswered);
        }

        return items.Count(answer => answer == true);
    }
}
