using System.Text;

namespace Telehealth.Notification.Composition;

/// <summary>Progress's red flag names (PascalCase) in words a therapist reads at a glance.</summary>
public static class RedFlagNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NewSaddleNumbness"] = "new saddle numbness",
        ["NewBladderOrBowelControlDifficulty"] = "new bladder or bowel control difficulty",
        ["ProgressiveLegWeakness"] = "progressive leg weakness",
        ["PainInBothLegs"] = "pain in both legs",
        ["Fever"] = "fever",
        ["UnexplainedWeightLoss"] = "unexplained weight loss",
        ["NightPainWithHistoryOfCancer"] = "night pain with a history of cancer",
    };

    public static string Describe(IReadOnlyList<string> flags) =>
        flags.Count == 0 ? "a red flag" : string.Join(", ", flags.Select(Describe));

    // A flag added to progress later still reads sensibly: its name split into words.
    public static string Describe(string flag) => Known.TryGetValue(flag, out var known) ? known : Words(flag);

    private static string Words(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
