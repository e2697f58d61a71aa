namespace Telehealth.Cli.Clients;

/// <summary>
/// The client-chosen ids writes carry. A fresh one per command line: the services answer a repeat of
/// the same id with the first answer, which is what makes retrying a write safe.
/// </summary>
internal static class RequestIds
{
    public static string New() => Guid.NewGuid().ToString();

    /// <summary>The id already set on the request, or a fresh one.</summary>
    public static string Ensure(string current) => string.IsNullOrEmpty(current) ? New() : current;
}
