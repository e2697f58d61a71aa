namespace Telehealth.Cli.Input;

/// <summary>
/// One of a list, named the way a person would: its id, the start of its id as tables show it (8 hex
/// digits or more), its exact name, or a part of its name that no other has. "bird" finds "Bird-dog"
/// when nothing else says bird.
/// </summary>
internal static class NameMatch
{
    /// <summary>Shorter starts of an id could be words ("dead", "face"): names win below this.</summary>
    public const int ShortestIdStart = 8;

    public static T Single<T>(IReadOnlyCollection<T> candidates, string wanted, Func<T, string> id, Func<T, string> name, string noun)
    {
        var trimmed = wanted.Trim();
        var exact = candidates.Where(c => id(c) == trimmed || string.Equals(name(c), trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        var byIdStart = exact.Count == 0 && IdPrefix.TryParse(trimmed, out var prefix) && prefix.Digits.Length >= ShortestIdStart
            ? candidates.Where(c => prefix.Matches(id(c))).ToList()
            : [];
        var matches = exact.Count > 0 ? exact
            : byIdStart.Count > 0 ? byIdStart
            : candidates.Where(c => name(c).Contains(trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw CliException.NotFound($"No {noun} called \"{trimmed}\"; there {(candidates.Count == 0 ? "are none" : "are " + Quote(candidates.Select(name)))}."),
            _ => throw CliException.Usage($"\"{trimmed}\" could be {Quote(matches.Select(name))}: give more of the name, or the id."),
        };
    }

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));
}
