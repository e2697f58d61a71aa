namespace Telehealth.Notification.Composition;

/// <summary>
/// The therapist's one notification about a session report, made from everything the report led
/// to. The most pressing finding gives the kind and the title; every finding gets a line; the
/// highest priority wins, and an acknowledgement is needed when any finding needs one.
/// </summary>
public static class ReportDigest
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 4000;

    // Most pressing first: what needs the therapist now, then what waits for a decision, then news.
    private static readonly NotificationKind[] Pressing =
    [
        NotificationKind.RedFlag,
        NotificationKind.PainFlare,
        NotificationKind.RegressionSuggested,
        NotificationKind.ReviewRequested,
        NotificationKind.AppointmentBooked,
        NotificationKind.ProgressionSuggested,
        NotificationKind.AutomaticChange,
    ];

    /// <param name="findings">In the order they arrived; ties in how pressing they are keep that order.</param>
    public static ComposedNotification Combine(IReadOnlyList<ComposedNotification> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count == 0)
        {
            throw new ArgumentException("A report's notification needs at least one finding.", nameof(findings));
        }
        var ordered = findings.OrderBy(f => Rank(f.Kind)).ToList();
        var first = ordered[0];
        if (ordered.Count == 1)
        {
            return first;
        }
        var loudest = findings.MaxBy(f => f.Priority)!;
        return first with
        {
            Priority = loudest.Priority,
            Public = loudest.Public,
            Title = Shorten($"{first.Title}, and {More(ordered.Count - 1)}", MaxTitleLength),
            Body = Shorten(string.Join('\n', ordered.Select(f => $"{f.Title}: {f.Body}")), MaxBodyLength),
            RequiresAcknowledgement = findings.Any(f => f.RequiresAcknowledgement),
        };
    }

    private static int Rank(NotificationKind kind) => Array.IndexOf(Pressing, kind) is >= 0 and var rank ? rank : Pressing.Length;

    private static string More(int count) => count == 1 ? "1 more" : $"{count} more";

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
