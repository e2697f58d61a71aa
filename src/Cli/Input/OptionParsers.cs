using System.CommandLine;
using System.CommandLine.Parsing;

namespace Telehealth.Cli.Input;

/// <summary>Options that say what they expect when the value is wrong, in the user's terms.</summary>
internal static class OptionParsers
{
    public static Option<Guid?> Uuid(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        Required = required,
        HelpName = "uuid",
        CustomParser = result => ParseUuid(result, name),
    };

    /// <summary>An id, or the start of one as tables show it; commands look the start up in a listing.</summary>
    public static Option<IdPrefix?> Id(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        Required = required,
        HelpName = "id",
        CustomParser = result => ParseIdPrefix(result, name),
    };

    public static Argument<IdPrefix> IdArgument(string name, string description) => new(name)
    {
        Description = $"{description}; its first digits are enough",
        CustomParser = result => ParseIdPrefix(result, name)!,
    };

    public static Option<TimeSpan?> Duration(string name, string description) => new(name)
    {
        Description = $"{description} ({Durations.Help})",
        HelpName = "duration",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (Durations.TryParse(text, out var duration))
            {
                return duration;
            }
            result.AddError($"{name} takes a duration ({Durations.Help}), not '{text}'.");
            return null;
        },
    };

    /// <summary>A whole-number option limited to [min, max], e.g. a 0–10 pain score.</summary>
    public static Option<int?> Number(string name, string description, int min, int max, bool required = false) => new(name)
    {
        Description = description,
        Required = required,
        HelpName = $"{min}-{max}",
        CustomParser = result => ParseNumber(result, name, min, max),
    };

    public static int? ParseNumber(ArgumentResult result, string name, int min, int max)
    {
        var text = result.Tokens[0].Value;
        if (int.TryParse(text, out var value) && value >= min && value <= max)
        {
            return value;
        }
        result.AddError($"{name} takes a whole number from {min} to {max}, not '{text}'.");
        return null;
    }

    private static IdPrefix? ParseIdPrefix(ArgumentResult result, string name)
    {
        var text = result.Tokens[0].Value;
        if (IdPrefix.TryParse(text, out var prefix))
        {
            return prefix;
        }
        result.AddError($"{name} takes an id, {IdPrefix.Help}; at least {IdPrefix.ShortestDigits} hex digits, not '{text}'.");
        return null;
    }

    private static Guid? ParseUuid(ArgumentResult result, string name)
    {
        var text = result.Tokens[0].Value;
        if (Guid.TryParse(text, out var id) && id != Guid.Empty)
        {
            return id;
        }
        result.AddError($"{name} takes an id (a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301), not '{text}'.");
        return null;
    }
}
