using Telehealth.ServiceDefaults.Security;
using Telehealth.Testing.Hosting;

namespace Telehealth.Grpc.Interop.Tests.Hosting;

/// <summary>
/// A private broker and the four services as real processes (prescription, scheduling,
/// progress and notification), wired as the AppHost wires them and trusting one development
/// signing key. Over TLS, their gRPC endpoints serve a certificate from a throwaway authority
/// made for this system alone.
/// </summary>
internal sealed class TelehealthSystem : IAsyncDisposable
{
    private static readonly TimeSpan ServiceStartLimit = TimeSpan.FromSeconds(120);

    private readonly TemporaryDirectory _state = new();
    private readonly List<ServiceProcess> _services = [];
    private RabbitMqNode? _broker;

    private TelehealthSystem()
    {
    }

    public DevelopmentIdentity Identity { get; } = DevelopmentIdentity.Create();

    public ServiceProcess Prescription { get; private set; } = null!;

    public ServiceProcess Scheduling { get; private set; } = null!;

    public ServiceProcess Progress { get; private set; } = null!;

    public ServiceProcess Notification { get; private set; } = null!;

    /// <summary>The PEM of the authority that issued the services' certificate; null over h2c.</summary>
    public string? TrustedAuthorityFile { get; private set; }

    public static async Task<TelehealthSystem> StartAsync(bool overTls)
    {
        var system = new TelehealthSystem();
        try
        {
            var tls = overTls ? system.IssueCertificate() : null;
            system._broker = await RabbitMqNode.StartAsync(Path.Combine(system._state.Path, "broker"));
            system.Prescription = system.Start("Prescription", "prescriptiondb", tls);
            system.Progress = system.Start("Progress", "progressdb", tls);
            system.Scheduling = system.Start("Scheduling", "schedulingdb", tls);
            system.Notification = system.Start("Notification", "notificationdb", tls, new()
            {
                // Email goes to files rather than to a mail server nobody runs here.
                ["Notification__Email__PickupDirectory"] = Path.Combine(system._state.Path, "mail"),
            });
            await Task.WhenAll(system._services.Select(service => service.WaitUntilHealthyAsync(ServiceStartLimit)));
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    /// <summary>The last lines each service wrote, for a failure message.</summary>
    public string ServiceOutput() =>
        string.Join("\n", _services.Select(service => $"--- {service.Name}:\n{service.OutputTail()}"));

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_services.Select(service => service.DisposeAsync().AsTask()));
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
        Identity.Dispose();
        _state.Dispose();
    }

    private ServiceTls IssueCertificate()
    {
        using var authority = TestCertificateAuthority.Create("Interop Test CA");
        var certificate = authority.IssueServerCertificate("127.0.0.1", "localhost");
        TrustedAuthorityFile = _state.Write("ca.pem", authority.CertificatePem);
        return new ServiceTls(_state.Write("server.pem", certificate.CertificatePem), _state.Write("server.key", certificate.PrivateKeyPem));
    }

    /// <summary>Starts src/<paramref name="name"/> on its own database file, the broker and the trusted key.</summary>
    private ServiceProcess Start(string name, string database, ServiceTls? tls, Dictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>(extra ?? [])
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__messaging"] = _broker!.ConnectionString,
            [$"ConnectionStrings__{database}"] = $"Data Source={Path.Combine(_state.Path, database + ".db")}",
            // The service stops by itself should this test process die without disposing it.
            ["TELEHEALTH_PARENT_PID"] = Environment.ProcessId.ToString(),
        };
        foreach (var (key, value) in Identity.ServiceEnvironment())
        {
            settings[key] = value;
        }
        var service = ServiceProcess.Start(name.ToLowerInvariant(), RepositoryPaths.ServiceAssembly(name), settings, tls: tls);
        _services.Add(service);
        return service;
    }
}
