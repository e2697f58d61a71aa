using Google.Rpc;
using Grpc.Core;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Notification.Tests.Integration.Support;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Integration;

/// <summary>
/// A webhook URL must lead to a public host: SetPreferences refuses one inside the network, names
/// webhook_url and changes nothing. The service here allows only its test receiver's port on
/// 127.0.0.1, as a clinic lists its own gateway.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class WebhookTargetTests(NotificationSystem system)
{
    private static readonly string[] Tables = ["recipients", "notifications", "deliveries", "processed_requests", "outbox"];

    public static TheoryData<string> InsideTheNetwork => new(
        "https://127.0.0.1:8443/hook",
        "https://localhost/hook",
        "https://10.1.2.3/hook",
        "https://192.168.0.10/hook",
        "https://172.16.5.4/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/hook",
        "https://0.0.0.0/hook",
        "https://100.64.0.1/hook",
        "https://[fd00::1]/hook",
        "https://[fe80::1]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://2130706433/",
        "https://0x7f.0.0.1/",
        "https://api.localhost/hook",
        "https://metadata.google.internal/computeMetadata/v1/",
        "https://printer.local/hook",
        "https://router.lan/hook",
        "https://nas.home.arpa/hook");

    [Theory]
    [MemberData(nameof(InsideTheNetwork))]
    public async Task A_webhook_inside_the_network_is_refused_naming_the_field_and_nothing_changes(string url)
    {
        var patient = TestCaller.NewPatient();
        var saved = await system.Client.SetPreferencesAsync(patient, r =>
        {
            r.Channels.Add(Proto.Channel.Webhook);
            r.WebhookUrl = $"https://push.example.org/hooks/{patient.Id:N}";
        });
        var before = Rows();

        var error = await Assert.ThrowsAsync<RpcException>(() => system.Client.SetPreferencesAsync(patient, r =>
        {
            r.Channels.Add(Proto.Channel.Webhook);
            r.WebhookUrl = url;
            r.TimeZone = "Europe/London";
        }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("webhook_url", violation.Field);
        Assert.StartsWith("must point to a public host, not ", violation.Description);
        Assert.Equal(before, Rows());
        Assert.Equal(saved, await system.Client.CallAsync<GetPreferencesRequest, Preferences>("GetPreferences", new GetPreferencesRequest(), patient));
    }

    [Fact]
    public async Task The_listed_gateway_is_accepted_and_only_on_its_own_port()
    {
        var therapist = TestCaller.NewTherapist();
        var gateway = system.Webhooks.UrlFor(therapist.Id.ToString("N"));
        var otherPort = new UriBuilder(gateway) { Port = system.Webhooks.BaseAddress.Port == 8443 ? 8444 : 8443 }.Uri.ToString();

        var saved = await system.Client.SetPreferencesAsync(therapist, r =>
        {
            r.Channels.Add(Proto.Channel.Webhook);
            r.WebhookUrl = gateway;
        });
        var refused = await Assert.ThrowsAsync<RpcException>(() => system.Client.SetPreferencesAsync(therapist, r =>
        {
            r.Channels.Add(Proto.Channel.Webhook);
            r.WebhookUrl = otherPort;
        }));

        Assert.Equal(gateway, saved.WebhookUrl);
        Assert.Equal("must point to a public host, not a loopback address", refused.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Single().Description);
    }

    private IReadOnlyDictionary<string, long> Rows() => DatabaseRows.CountAll(system.DatabaseFile, Tables);
}
