namespace Telehealth.Notification.Policies;

/// <summary>A webhook target allowed, or refused with what it is ("a loopback address", "an internal name").</summary>
public readonly record struct TargetCheck(bool Allowed, string? Refusal)
{
    public static readonly TargetCheck Allow = new(true, null);

    public static TargetCheck Refuse(string what) => new(false, what);
}
