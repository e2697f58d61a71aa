namespace Telehealth.Progress.Rules;

/// <summary>
/// Oswestry Disability Index (LOINC panel 97908-8, score 97909-6): 10 sections scored 0–5,
/// reported 0–100 %. A skipped section is left out of both the sum and the maximum.
/// </summary>
public static class OswestryDisabilityIndex
{
    public const int SectionCount = 10;
    public const int MaxSectionScore = 5;

    /// <summary>With more than two sections skipped the percentage no longer describes the patient, so it is refused.</summary>
    public const int MinimumAnsweredSections = 8;

    /// <param name="sections">Ten answers in questionnaire order; null for a skipped section.</param>
    public static OswestryScore Score(IReadOnlyList<int?> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        if (sections.Count != SectionCount)
        {
            throw new InvalidRuleInputException(nameof(sections), $"{sections.Count} sections given; the Oswestry Disability Index has {SectionCount}");
        }

        var violations = sections
            .Select((answer, i) => (answer, i))
            .Where(x => x.answer is < 0 or > MaxSectionScore)
            .Select(x => new FieldViolation($"{nameof(sections)}[{x.i}]", $"section {x.i + 1}: {x.answer} is outside 0–{MaxSectionScore}"))
            .ToList();
        if (violations.Count > 0)
        {
            throw new InvalidRuleInputException(violations);
        }

        var answered = sections.OfType<int>().ToList();
        if (answered.Count < MinimumAnsweredSections)
        {
            throw new InvalidRuleInputException(nameof(sections),
                $"only {answered.Count} of {SectionCount} sections answered; at least {MinimumAnsweredSections} are needed for a score");
        }

        var sum = answered.Sum();
        var percent = Math.Round(sum * 100m / (MaxSectionScore * answered.Count), 1, MidpointRounding.AwayFromZero);
        return new OswestryScore(sum, answered.Count, percent);
    }
}
