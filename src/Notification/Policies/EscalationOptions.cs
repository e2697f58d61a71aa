namespace Telehealth.Notification.Policies;

/// <summary>Where and when an urgent notification nobody acknowledged goes next.</summary>
public sealed class EscalationOptions
{
    public string OnCallEmail { get; set; } = "";

    public string OnCallWebhookUrl { get; set; } = "";

    public TimeSpan Delay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the escalation worker looks for notifications past their delay.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
