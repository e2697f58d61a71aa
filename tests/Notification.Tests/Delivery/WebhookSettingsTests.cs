using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Policies;

namespace Telehealth.Notification.Tests.Delivery;

/// <summary>Webhook target settings that cannot work stop the service at start, with a line naming the setting.</summary>
public sealed class WebhookSettingsTests
{
    [Theory]
    [InlineData("Notification:Webhook:AllowedPrivateTargets:0", "10.20.0.5/24", "Notification:Webhook:AllowedPrivateTargets")]
    [InlineData("Notification:Webhook:AllowedPrivateTargets:0", "https://gateway.clinic.lan", "Notification:Webhook:AllowedPrivateTargets")]
    [InlineData("Notification:Webhook:InternalNameSuffixes:0", "corp", "Notification:Webhook:InternalNameSuffixes")]
    public void A_webhook_setting_that_cannot_be_read_is_refused(string key, string value, string named)
    {
        using var services = Services(new() { [key] = value });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebhookOptions>>().Value);

        Assert.Contains(named, refused.Message);
    }

    [Fact]
    public void An_on_call_webhook_inside_the_network_must_be_listed()
    {
        using var unlisted = Services(new() { ["Notification:Escalation:OnCallWebhookUrl"] = "https://10.20.0.5/on-call" });
        using var listed = Services(new()
        {
            ["Notification:Escalation:OnCallWebhookUrl"] = "https://10.20.0.5/on-call",
            ["Notification:Webhook:AllowedPrivateTargets:0"] = "10.20.0.5",
        });

        var refused = Assert.Throws<OptionsValidationException>(() => unlisted.GetRequiredService<IOptions<EscalationOptions>>().Value);
        Assert.Contains("Notification:Escalation:OnCallWebhookUrl", refused.Message);
        Assert.Equal("https://10.20.0.5/on-call", listed.GetRequiredService<IOptions<EscalationOptions>>().Value.OnCallWebhookUrl);
    }

    [Fact]
    public void The_settings_make_the_policy_the_service_uses()
    {
        using var services = Services(new()
        {
            ["Notification:Webhook:AllowedPrivateTargets:0"] = "sms-gateway.clinic.lan:8443",
            ["Notification:Webhook:InternalNameSuffixes:0"] = ".corp",
        });
        var policy = services.GetRequiredService<WebhookTargetPolicy>();

        Assert.True(policy.Check(new Uri("https://sms-gateway.clinic.lan:8443/hook")).Allowed);
        Assert.False(policy.Check(new Uri("https://sms-gateway.clinic.lan/hook")).Allowed);
        Assert.False(policy.Check(new Uri("https://gateway.corp/hook")).Allowed);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["Notification:Webhook:SigningSecret"] = "a-test-secret-long-enough";
        settings["Notification:Escalation:OnCallEmail"] = "on-call@clinic.example";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddNotificationCore(configuration).BuildServiceProvider();
    }
}
