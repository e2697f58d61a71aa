namespace Telehealth.Notification.Policies;

/// <summary>An urgent notification that needs an acknowledgement escalates once, Delay after it was created, unless acknowledged first.</summary>
public static class EscalationPolicy
{
    public static DateTimeOffset? EscalateAt(bool requiresAcknowledgement, DateTimeOffset createdAt, EscalationOptions options) =>
        requiresAcknowledgement ? createdAt + options.Delay : null;

    public static bool IsDue(DateTimeOffset? escalateAt, DateTimeOffset? acknowledgedAt, DateTimeOffset? escalatedAt, DateTimeOffset now) =>
        escalateAt is { } due && acknowledgedAt is null && escalatedAt is null && now >= due;
}
