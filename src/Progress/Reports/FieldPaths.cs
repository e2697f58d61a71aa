using System.Text;
using System.Text.RegularExpressions;
using Grpc.Core;
using Telehealth.ServiceDefaults.Api;
using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Reports;

/// <summary>Turns the rules' field paths (Exercises[0].Sets[1].Reps) into the API's (exercises[0].sets[1].reps).</summary>
internal static partial class FieldPaths
{
    private static readonly Dictionary<string, string> Renamed = new()
    {
        ["ProgrammeItemId"] = "item_id",
        ["RedFlagAnswers"] = "red_flags",
    };

    /// <summary>INVALID_ARGUMENT naming each field the rules refused, in the API's terms.</summary>
    public static RpcException InvalidArgument(InvalidRuleInputException invalid) =>
        RichStatus.InvalidArgument(invalid.Violations.Select(v => (ToApi(v.Field), v.Description)));

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
