using System.Text;
using System.Text.RegularExpressions;

namespace Telehealth.Progress.Reports;

/// <summary>Turns the rules' field paths (Exercises[0].Sets[1].Reps) into the API's (exercises[0].sets[1].reps).</summary>
internal static partial class FieldPaths
{
    private static readonly Dictionary<string, string> Renamed = new()
    {
        ["ProgrammeItemId"] = "item_id",
        ["RedFlagAnswers"] = "red_flags",
    };

    public static string ToApi(string rulesPath) => Segment().Replace(rulesPath, match =>
        Renamed.TryGetValue(match.Value, out var renamed) ? renamed : SnakeCase(match.Value));

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }

    [GeneratedRegex("[A-Za-z][A-Za-z0-9]*")]
    private static partial Regex Segment();
}
