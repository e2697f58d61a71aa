namespace Telehealth.Cli.Input;

/// <summary>
/// The one record of a listing whose id starts with what was typed. None is "not found" (exit 4);
/// several is a usage error listing them all (exit 2), since only the person knows which was meant.
/// </summary>
internal static class IdMatch
{
    /// <param name="noun">What is looked for and where, e.g. "appointment in your calendar".</param>
    /// <param name="describe">A few words that tell the matches apart, e.g. when and with whom.</param>
    /// <param name="whenNone">What to do when nothing matches, e.g. "give the whole id of a patient not in it yet".</param>
    public static T Single<T>(IEnumerable<T> candidates, IdPrefix prefix, Func<T, string> id, Func<T, string> describe, string noun, string? whenNone = null)
    {
        var matches = candidates.Where(c => prefix.Matches(id(c))).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw CliException.NotFound($"No {noun} starts with '{prefix}'{(whenNone is null ? "" : ": " + whenNone)}."),
            _ => throw CliException.Usage(
                $"'{prefix}' is the start of more than one {noun}: {string.Join("; ", matches.Select(m => $"{id(m)} ({describe(m)})"))}. Give more of the id."),
        };
    }
}
