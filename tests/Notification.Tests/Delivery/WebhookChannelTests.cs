using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Tests.Integration.Support;

namespace Telehealth.Notification.Tests.Delivery;

public sealed class WebhookChannelTests : IAsyncLifetime
{
    private const string Secret = "webhook-channel-test-secret";
    private readonly List<ServiceProvider> _providers = [];
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync(Secret);

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_webhook_is_a_signed_json_post_the_receiver_can_verify()
    {
        var message = new OutgoingMessage(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DeliveryPurpose.Direct, Priority.Normal,
            _receiver.UrlFor("p1"), PublicText.PatientReminder.Subject, PublicText.PatientReminder.Body);

        var result = await Channel(Secret).SendAsync(message, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        var received = Assert.Single(_receiver.AcceptedFor("p1"));
        Assert.Equal(message.DeliveryId.ToString(), received.DeliveryId);
        Assert.Equal((message.NotificationId.ToString(), "normal", PublicText.PatientReminder.Body), (received.NotificationId, received.Payload.GetProperty("priority").GetString(), received.Body));
    }

    [Fact]
    public async Task A_receiver_that_refuses_the_signature_is_a_permanent_failure()
    {
        var message = new OutgoingMessage(Guid.NewGuid(), null, Guid.NewGuid(), DeliveryPurpose.Digest, Priority.Normal, _receiver.UrlFor("p2"), "s", "b");

        var result = await Channel("another-secret-entirely").SendAsync(message, CancellationToken.None);

        Assert.Equal((AttemptOutcome.PermanentFailure, "http 401"), (result.Outcome, result.Error));
        Assert.Single(_receiver.Rejected);
    }

    [Fact]
    public async Task An_unreachable_receiver_is_worth_retrying()
    {
        var message = new OutgoingMessage(Guid.NewGuid(), null, Guid.NewGuid(), DeliveryPurpose.Direct, Priority.Normal, "http://127.0.0.1:9/hook", "s", "b");

        var result = await Channel(Secret).SendAsync(message, CancellationToken.None);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
    }

    /// <summary>The channel as the service builds it, with the receiver's port and the discard port allowed on loopback.</summary>
    private WebhookChannel Channel(string secret)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notification:Webhook:SigningSecret"] = secret,
            ["Notification:Webhook:AllowedPrivateTargets:0"] = $"127.0.0.1:{_receiver.BaseAddress.Port}",
            ["Notification:Webhook:AllowedPrivateTargets:1"] = "127.0.0.1:9",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddNotificationCore(configuration).BuildServiceProvider();
        _providers.Add(services);
        return services.GetRequiredService<WebhookChannel>();
    }
}
