namespace Telehealth.Notification.Policies;

/// <summary>Send on its own at DueAt, or fold into the recipient's digest that goes at DueAt.</summary>
public readonly record struct RateDecision(bool FoldIntoDigest, DateTimeOffset DueAt)
{
    public static RateDecision Send(DateTimeOffset at) => new(false, at);

    public static RateDecision Digest(DateTimeOffset at) => new(true, at);
}
