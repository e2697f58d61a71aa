namespace Telehealth.Cli.Input;

/// <summary>
/// An id as people copy it from a table: the whole UUID, or its start ("3f2504e0", "3f2504e0-4f89").
/// Dashes are ignored when comparing, so a start may stop anywhere.
/// </summary>
internal sealed record IdPrefix
{
    /// <summary>Fewer hex digits than this would match by chance as often as on purpose.</summary>
    public const int ShortestDigits = 4;

    public const string Help = "a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301, or its first digits as tables show them (3f2504e0)";

    private IdPrefix(string text, string digits, Guid? whole)
    {
        Text = text;
        Digits = digits;
        Whole = whole;
    }

    /// <summary>As typed, trimmed.</summary>
    public string Text { get; }

    /// <summary>The hex digits, lower case, without dashes.</summary>
    public string Digits { get; }

    /// <summary>The id itself when the whole UUID was given: nothing needs looking up.</summary>
    public Guid? Whole { get; }

    public static bool TryParse(string text, out IdPrefix prefix)
    {
        var trimmed = text.Trim();
        var digits = trimmed.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        prefix = null!;
        if (digits.Length is < ShortestDigits or > 32 || !digits.All(char.IsAsciiHexDigit))
        {
            return false;
        }
        Guid? whole = digits.Length == 32 && Guid.TryParse(trimmed, out var id) ? id : null;
        if (whole == Guid.Empty)
        {
            return false;
        }
        prefix = new IdPrefix(trimmed, digits, whole);
        return true;
    }

    /// <summary>Whether <paramref name="id"/> (a UUID, with or without dashes) starts with these digits.</summary>
    public bool Matches(string id) =>
        id.Replace("-", "", StringComparison.Ordinal).StartsWith(Digits, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
