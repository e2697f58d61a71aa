using System.Net.Mail;
using Microsoft.Extensions.Options;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Policies;
using Telehealth.Notification.Recipients;

namespace Telehealth.Notification;

public static class NotificationOptions
{
    /// <summary>Binds the Notification:* sections and refuses to start on settings that cannot work.</summary>
    public static IServiceCollection AddNotificationOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection("Notification:Email"))
            .Validate(o => MailAddress.TryCreate(o.From, out var from) && PreferencesValidation.IsEmailAddress(from.Address), "Notification:Email:From must be an email address, optionally with a display name.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Host) || o.Port is > 0 and < 65536, "Notification:Email:Port must be a TCP port.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Notification:Email:Timeout must be positive.")
            .ValidateOnStart();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection("Notification:Webhook"))
            .Validate(o => o.SigningSecret.Length >= 16, "Notification:Webhook:SigningSecret must be set, 16 characters or more.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Notification:Webhook:Timeout must be positive.")
            .Validate(o => o.AllowedPrivateTargets.All(entry => AllowedTarget.TryParse(entry, out _)),
                "Notification:Webhook:AllowedPrivateTargets entries must each be a host name, an IP address or a CIDR range (a name or an address may end in :port).")
            .Validate(o => o.InternalNameSuffixes.All(WebhookTargetPolicy.IsSuffix), "Notification:Webhook:InternalNameSuffixes entries must each be a dot and a domain, such as .corp.")
            .ValidateOnStart();
        services.AddOptions<EscalationOptions>().Bind(configuration.GetSection("Notification:Escalation"))
            .Validate(o => PreferencesValidation.IsEmailAddress(o.OnCallEmail) || o.OnCallWebhookUrl.Length > 0, "Notification:Escalation needs an OnCallEmail (or an OnCallWebhookUrl): urgent alerts must have somewhere to escalate to.")
            .Validate(o => o.OnCallEmail.Length == 0 || PreferencesValidation.IsEmailAddress(o.OnCallEmail), "Notification:Escalation:OnCallEmail must be an email address.")
            .Validate(o => o.OnCallWebhookUrl.Length == 0 || Uri.IsWellFormedUriString(o.OnCallWebhookUrl, UriKind.Absolute), "Notification:Escalation:OnCallWebhookUrl must be an absolute URL.")
            // Escalations go through the same webhook client, which would refuse the address at the worst moment.
            .Validate<IOptions<WebhookOptions>>(
                (o, webhooks) => !Uri.TryCreate(o.OnCallWebhookUrl, UriKind.Absolute, out var url) || TargetPolicyOf(webhooks.Value).Check(url).Allowed,
                "Notification:Escalation:OnCallWebhookUrl must point to a public host, or to one listed in Notification:Webhook:AllowedPrivateTargets.")
            .Validate(o => o.Delay > TimeSpan.Zero && o.CheckInterval > TimeSpan.Zero, "Notification:Escalation:Delay and CheckInterval must be positive.")
            .ValidateOnStart();
        services.AddOptions<RetryOptions>().Bind(configuration.GetSection("Notification:Retry"))
            .Validate(o => o.MaxAttempts >= 1 && o.InitialDelay > TimeSpan.Zero && o.MaxDelay >= o.InitialDelay && o.Multiplier >= 1 && o.Jitter is >= 0 and < 1,
                "Notification:Retry needs MaxAttempts ≥ 1, 0 < InitialDelay ≤ MaxDelay, Multiplier ≥ 1 and 0 ≤ Jitter < 1.")
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection("Notification:RateLimit"))
            .Validate(o => o.MaxPerWindow >= 1 && o.Window > TimeSpan.Zero && o.Window <= TimeSpan.FromDays(1), "Notification:RateLimit needs MaxPerWindow ≥ 1 and a Window of up to a day.")
            .ValidateOnStart();
        services.AddOptions<DeliveryWorkerOptions>().Bind(configuration.GetSection("Notification:Worker"))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.BatchSize >= 1, "Notification:Worker needs a positive PollInterval and BatchSize.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>The webhook target rules the settings make.</summary>
    public static WebhookTargetPolicy TargetPolicyOf(WebhookOptions webhooks) =>
        WebhookTargetPolicy.From(webhooks.AllowedPrivateTargets, webhooks.InternalNameSuffixes);
}
