namespace Telehealth.Cli.Output.Views;

/// <summary>
/// Ids as tables show them: the first 8 hex digits of a UUID, which every command that takes the id
/// accepts; longer where two ids in the same table start alike. Ids that are not UUIDs stay whole.
/// </summary>
internal static class ShortIds
{
    public const int Digits = 8;

    /// <summary>A short form for each of <paramref name="ids"/>, long enough to tell them apart.</summary>
    public static Func<string, string> For(IEnumerable<string> ids)
    {
        var all = ids.Where(IsUuid).Select(id => id.ToLowerInvariant()).Distinct().ToList();
        return id =>
        {
            if (!IsUuid(id))
            {
                return id;
            }
            var canonical = id.ToLowerInvariant();
            for (var length = Digits; length < canonical.Length; length++)
            {
                var start = canonical[..length];
                if (!start.EndsWith('-') && all.Count(other => other.StartsWith(start, StringComparison.Ordinal)) <= 1)
                {
                    return start;
                }
            }
            return canonical;
        };
    }

    /// <summary>One id on its own: its first 8 digits.</summary>
    public static string Of(string id) => For([id])(id);

    private static bool IsUuid(string id) => id.Length == 36 && Guid.TryParse(id, out _);
}
