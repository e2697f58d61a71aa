using System.Globalization;
using Telehealth.Testing.Hosting;
using Grpc.Net.Client;
using Grpc.Core;

namespace Telehealth.Notification.Tests.Integration.Support;

/// <summary>
/// A private RabbitMQ node, the notification service as a process on its own SQLite file, an
/// SMTP listener and a webhook receiver standing in for the outside world, and a bus of the
/// test's own that publishes what the other services would. Tests use fresh recipient ids, so
/// they share one service.
/// </summary>
public sealed class NotificationSystem : IAsyncLifetime
{
    public const string WebhookSecret = "integration-test-webhook-secret";
    public const string OnCallEmail = "on-call@clinic.example";
    public static readonly TimeSpan EscalationDelay = TimeSpan.FromSeconds(4);

    private readonly string _state = Path.Combine(Path.GetTempPath(), "telehealth-notification-it-" + Guid.NewGuid().ToString("N"));
    private GrpcChannel _channel = null!;

    public RabbitMqNode Broker { get; private set; } = null!;

    public EventBus Bus { get; private set; } = null!;

    public SmtpListener Smtp { get; private set; } = null!;

    public WebhookReceiver Webhooks { get; private set; } = null!;

    public ServiceProcess Service { get; private set; } = null!;

    public NotificationClient Client { get; private set; } = null!;

    public string DatabaseFile => Path.Combine(_state, "notificationdb.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_state);
        Broker = await RabbitMqNode.StartAsync(Path.Combine(_state, "broker"));
        Smtp = SmtpListener.Start();
        Webhooks = await WebhookReceiver.StartAsync(WebhookSecret);
        Service = Start();
        await Service.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        Bus = await EventBus.StartAsync(Broker.ConnectionString);
        _channel = GrpcChannel.ForAddress(Service.GrpcAddress);
        Client = new NotificationClient(_channel);
    }

    /// <summary>Kills the service outright (kill -9), or stops it, and starts it again on the same ports and database.</summary>
    public async Task RestartAsync(bool kill)
    {
        if (kill)
        {
            Service.Kill();
            await Service.Exited;
        }
        await Service.DisposeAsync();
        Service = Start(Service.GrpcPort, Service.HttpPort);
        await Service.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (Service is not null)
        {
            await Service.DisposeAsync();
        }
        if (Bus is not null)
        {
            await Bus.DisposeAsync();
        }
        if (Webhooks is not null)
        {
            await Webhooks.DisposeAsync();
        }
        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }
        if (Broker is not null)
        {
            await Broker.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_state, recursive: true);
    }

    private ServiceProcess Start(int? grpcPort = null, int? httpPort = null) =>
        ServiceProcess.Start("notification", ServiceBinaries.Notification, new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__messaging"] = Broker.ConnectionString,
            ["ConnectionStrings__notificationdb"] = $"Data Source={DatabaseFile}",
            ["Notification__Email__Host"] = "127.0.0.1",
            ["Notification__Email__Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Notification__Webhook__SigningSecret"] = WebhookSecret,
            ["Notification__Webhook__AllowHttp"] = "true",
            // The receiver stands in for a clinic's gateway on a private address, allowed as a clinic allows its own.
            ["Notification__Webhook__AllowedPrivateTargets__0"] = $"127.0.0.1:{Webhooks.BaseAddress.Port}",
            ["Notification__Escalation__OnCallEmail"] = OnCallEmail,
            ["Notification__Escalation__Delay"] = EscalationDelay.ToString("c", CultureInfo.InvariantCulture),
            ["Notification__Escalation__CheckInterval"] = "00:00:00.250",
            ["Notification__Retry__InitialDelay"] = "00:00:00.500",
            ["Notification__Retry__MaxDelay"] = "00:00:02",
            // Bursts here are tests, not people to protect from noise.
            ["Notification__RateLimit__MaxPerWindow"] = "100",
            ["Notification__Worker__PollInterval"] = "00:00:00.250",
        }.WithTrust(), grpcPort: grpcPort, httpPort: httpPort);
}
