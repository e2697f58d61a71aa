using System.CommandLine;
using System.Text;

namespace Telehealth.Cli.Input;

/// <summary>
/// Protobuf enums as a command line spells them: LumbarStrengthening is "lumbar-strengthening". The
/// UNSPECIFIED value is never offered.
/// </summary>
internal static class EnumNames
{
    public static string Of<T>(T value) where T : struct, Enum => Kebab(value.ToString());

    public static IReadOnlyList<string> All<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Where(value => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) != 0).Select(Of).ToList();

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        var wanted = text.Trim().Replace('_', '-').ToLowerInvariant();
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Convert.ToInt32(candidate, System.Globalization.CultureInfo.InvariantCulture) != 0 && Of(candidate) == wanted)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>An option taking one of the enum's names; its help lists them.</summary>
    public static Option<T?> Option<T>(string name, string description, bool required = false) where T : struct, Enum
    {
        var names = All<T>();
        var option = new Option<T?>(name)
        {
            Description = $"{description}: {string.Join(", ", names)}",
            Required = required,
            HelpName = HelpNameOf(name),
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (TryParse<T>(text, out var value))
                {
                    return value;
                }
                result.AddError($"{name} takes one of {string.Join(", ", names)}, not '{text}'.");
                return null;
            },
        };
        option.CompletionSources.Add(names.ToArray());
        return option;
    }

    private static string HelpNameOf(string option) => option.TrimStart('-');

    private static string Kebab(string pascal)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1])))
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
