using Telehealth.Contracts.Progress.V1;

namespace Telehealth.Cli.Input;

/// <summary>The red-flag questions a session report answers, in the patient's words (CLINICAL.md).</summary>
internal static class RedFlagQuestions
{
    public static IReadOnlyList<(RedFlag Flag, string Question)> All { get; } =
    [
        (RedFlag.NewSaddleNumbness, "Any new numbness between your legs or around your bottom (the saddle area)?"),
        (RedFlag.NewBladderOrBowelControlDifficulty, "Any new difficulty controlling your bladder or bowel?"),
        (RedFlag.ProgressiveLegWeakness, "Are your legs getting weaker?"),
        (RedFlag.PainInBothLegs, "Pain in both legs?"),
        (RedFlag.Fever, "A fever?"),
        (RedFlag.UnexplainedWeightLoss, "Weight loss you cannot explain?"),
        (RedFlag.NightPainWithHistoryOfCancer, "Pain at night, having had cancer?"),
    ];

    /// <summary>An answer to every question: present for <paramref name="present"/>, absent for the rest.</summary>
    public static IEnumerable<RedFlagAnswer> Answers(IReadOnlySet<RedFlag> present) =>
        All.Select(q => new RedFlagAnswer { Flag = q.Flag, Present = present.Contains(q.Flag) });
}
