using Telehealth.Grpc.Interop.Tests.Hosting;
using Telehealth.Grpc.Interop.Tests.Peers;
using Telehealth.Testing.Hosting;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>
/// The services, started once for a collection of tests, and each peer's run of every case
/// against them, made on first use and kept, so every case shows as its own test.
/// </summary>
public abstract class InteropRun(bool overTls) : IAsyncLifetime
{
    private static readonly TimeSpan PeerRunLimit = TimeSpan.FromMinutes(5);

    private readonly Dictionary<Peer, Task<PeerReport>> _allCases = [];
    private TelehealthSystem? _system;

    private TelehealthSystem Services => _system ?? throw new InvalidOperationException("The services have not started.");

    public async Task InitializeAsync() => _system = await TelehealthSystem.StartAsync(overTls);

    public async Task DisposeAsync()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }

    public async Task AssertPassedAsync(Peer peer, string caseName)
    {
        Task<PeerReport> run;
        lock (_allCases)
        {
            if (!_allCases.TryGetValue(peer, out run!))
            {
                run = RunAsync(peer, InteropCases.All, Services.TrustedAuthorityFile);
                _allCases[peer] = run;
            }
        }
        (await run).AssertPassed(caseName);
    }

    /// <summary>Runs <paramref name="cases"/> once, trusting the authority in <paramref name="authorityFile"/> (TLS) or none (h2c).</summary>
    internal async Task<PeerReport> RunAsync(Peer peer, IEnumerable<string> cases, string? authorityFile)
    {
        List<string> arguments =
        [
            "--prescription", Target(Services.Prescription),
            "--scheduling", Target(Services.Scheduling),
            "--progress", Target(Services.Progress),
            "--notification", Target(Services.Notification),
            "--cases", string.Join(",", cases),
        ];
        if (authorityFile is not null)
        {
            arguments.AddRange(["--ca", authorityFile]);
        }
        using var client = PeerPrograms.Start(peer, arguments, PeerCallers.EnvironmentFor(Services.Identity));
        try
        {
            var (exitCode, output) = await client.RunToEndAsync(PeerRunLimit);
            return new PeerReport(peer, exitCode, PeerVerdict.ParseAll(output), client.Errors, Services.ServiceOutput());
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{peer} did not finish its cases within {PeerRunLimit.TotalMinutes} minutes. Its stderr:\n{client.Errors}");
        }
    }

    /// <summary>The gRPC endpoint as host:port, as the peers take it.</summary>
    private static string Target(ServiceProcess service) => service.GrpcAddress.Authority;
}
