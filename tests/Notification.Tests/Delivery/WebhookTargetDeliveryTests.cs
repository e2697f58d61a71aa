using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Data;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Tests.Events;
using Telehealth.Notification.Tests.Integration.Support;
using Telehealth.Notification.Tests.Support;

namespace Telehealth.Notification.Tests.Delivery;

/// <summary>
/// Webhooks sent for real, through the service's own HttpClient and its connect-time check, to a
/// receiver on loopback that only an allow-list entry makes reachable.
/// </summary>
public sealed class WebhookTargetDeliveryTests : IAsyncLifetime
{
    private const string Secret = "webhook-target-test-secret";
    private static readonly DateTimeOffset Noon = DateTimeOffset.Parse("2026-06-10T12:00:00Z", CultureInfo.InvariantCulture);

    private readonly TableResolver _resolver = new();
    private readonly CapturedLogs _logs = new();
    private WebhookReceiver _receiver = null!;

    private int Port => _receiver.BaseAddress.Port;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync(Secret);

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Theory]
    [InlineData("rebind.test")]
    [InlineData("localhost")]
    public async Task A_name_that_now_resolves_inside_the_network_is_refused_at_connect_and_recorded_without_the_address(string host)
    {
        // rebind.test passed when it was saved (a public name) and points at loopback now; localhost is
        // written past validation, as a row from before the rules would be.
        _resolver.Map("rebind.test", "127.0.0.77");
        var spans = new CapturedSpans();
        await using var harness = await StartAsync(allowed: null, spans);
        var patient = Guid.NewGuid();
        var url = $"http://{host}:{Port}/hooks/rebind";
        await harness.SeedRecipientAsync(TestRecipients.With(patient, webhook: url));
        await harness.PublishAsync(NotificationConsumerTests.Reminder(patient));

        Assert.Equal(1, await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None));

        var delivery = await WebhookAsync(harness);
        Assert.Equal((DeliveryState.Failed, 1, "webhook target is not a public address"), (delivery.State, delivery.Attempts, delivery.LastError));
        Assert.Equal(AttemptOutcome.PermanentFailure, delivery.AttemptLog.Single().Outcome);
        Assert.Equal("webhook target is not a public address", Assert.Single(await NotificationConsumerTests.OutboxAsync<NotificationFailed>(harness)).Reason);
        Assert.Empty(_receiver.AcceptedFor("rebind"));
        Assert.Empty(_receiver.Rejected);

        // The log lines were written (the worker's warning among them), and none names the target; nor does any span.
        Assert.Contains(_logs.Lines, line => line.Contains("failed for good", StringComparison.Ordinal));
        foreach (var target in new[] { "rebind.test", "127.0.0.77", "127.0.0.1", "[::1]", $"localhost:{Port}", "/hooks/rebind" })
        {
            Assert.DoesNotContain(_logs.Lines, line => line.Contains(target, StringComparison.Ordinal));
        }
        Assert.DoesNotContain(spans.Exported, span => span.Contains("rebind", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_other_HTTP_request_is_still_traced_so_the_span_check_above_sees_something()
    {
        var spans = new CapturedSpans();
        await using var harness = await StartAsync(allowed: null, spans);
        using var client = new HttpClient();

        using var response = await client.GetAsync(_receiver.UrlFor("traced-probe"));

        Assert.Contains(spans.Exported, span => span.Contains("/hooks/traced-probe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redirect_from_an_allowed_receiver_is_a_failed_delivery_and_not_followed()
    {
        await using var harness = await StartAsync(allowed: $"127.0.0.1:{Port}");
        var patient = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(patient, webhook: _receiver.RedirectingUrlFor("moved")));
        await harness.PublishAsync(NotificationConsumerTests.Reminder(patient));

        await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None);

        var delivery = await WebhookAsync(harness);
        Assert.Equal((DeliveryState.Failed, "http 302", AttemptOutcome.PermanentFailure), (delivery.State, delivery.LastError, delivery.AttemptLog.Single().Outcome));
        Assert.Equal(["moved"], _receiver.Redirected);
        Assert.Empty(_receiver.AcceptedFor("moved"));
    }

    [Theory]
    [InlineData("127.0.0.1:{port}", "127.0.0.1")]
    [InlineData("127.0.0.0/8", "127.0.0.1")]
    [InlineData("sms-gateway.clinic.lan:{port}", "sms-gateway.clinic.lan")]
    public async Task A_private_gateway_the_clinic_lists_receives_the_delivery(string allowed, string host)
    {
        _resolver.Map("sms-gateway.clinic.lan", "127.0.0.1");
        await using var harness = await StartAsync(allowed: allowed.Replace("{port}", Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var patient = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(patient, webhook: $"http://{host}:{Port}/hooks/gateway-{patient:N}"));
        await harness.PublishAsync(NotificationConsumerTests.Reminder(patient));

        await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None);

        Assert.Equal(DeliveryState.Delivered, (await WebhookAsync(harness)).State);
        Assert.Single(_receiver.AcceptedFor($"gateway-{patient:N}"));
    }

    [Fact]
    public async Task An_allow_list_entry_for_one_port_does_not_open_the_host()
    {
        await using var harness = await StartAsync(allowed: "127.0.0.1:9");
        var patient = Guid.NewGuid();
        await harness.SeedRecipientAsync(TestRecipients.With(patient, webhook: _receiver.UrlFor("other-port")));
        await harness.PublishAsync(NotificationConsumerTests.Reminder(patient));

        await harness.Deliveries.RunOnceAsync(Channel.Webhook, CancellationToken.None);

        Assert.Equal("webhook target is not a public address", (await WebhookAsync(harness)).LastError);
        Assert.Empty(_receiver.AcceptedFor("other-port"));
    }

    private async Task<NotificationHarness> StartAsync(string? allowed, CapturedSpans? spans = null)
    {
        var settings = new Dictionary<string, string?> { ["Notification:Webhook:SigningSecret"] = Secret };
        if (allowed is not null)
        {
            settings["Notification:Webhook:AllowedPrivateTargets:0"] = allowed;
        }
        var harness = await NotificationHarness.StartAsync(Noon, settings, sendWebhooks: true, configure: services =>
        {
            services.RemoveAll<IHostResolver>();
            services.AddSingleton<IHostResolver>(_resolver);
            services.AddLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
            if (spans is not null)
            {
                // Outgoing HTTP traced as ServiceDefaults traces it, into the test's exporter.
                services.AddOpenTelemetry().WithTracing(tracing => tracing.AddHttpClientInstrumentation().AddProcessor(spans));
            }
        });
        if (spans is not null)
        {
            _ = harness.Services.GetRequiredService<TracerProvider>();
        }
        return harness;
    }

    private static Task<NotificationDelivery> WebhookAsync(NotificationHarness harness) =>
        harness.QueryAsync(db => db.Deliveries.Include(d => d.AttemptLog).SingleAsync(d => d.Channel == Channel.Webhook));
}
