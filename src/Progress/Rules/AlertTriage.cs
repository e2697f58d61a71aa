namespace Telehealth.Progress.Rules;

/// <summary>
/// Whether a report may alert the therapist, judged from the report alone before any history is
/// read: the same-session signs the rules alert on. Such reports are let in first when the
/// service is busy (a flare should reach the therapist in moments, not after the evening's
/// routine reports); the rules still decide what the report means. The thresholds given are
/// used as they stand: a report let in first that then raises nothing costs only its place in
/// the queue, and one that raises an alert without being let in first waits like any other.
/// </summary>
public static class AlertTriage
{
    /// <summary>Any red flag present, a flare by pain before and after, or pain during an exercise above the acceptable.</summary>
    public static bool MayAlert(int painBefore, int painAfter, IEnumerable<int?> painsDuring, bool anyRedFlag, PainSettings settings) =>
        anyRedFlag
        || PainFlareRule.SessionFlareReason(painBefore, painAfter, settings) is not null
        || painsDuring.Any(pain => pain > settings.AcceptableUpTo);
}
