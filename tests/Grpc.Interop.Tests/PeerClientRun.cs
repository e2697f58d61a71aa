using System.Text.Json;
using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>
/// Runs a peer's interop client once against this library's server and keeps each case's verdict,
/// so every case shows as its own test.
/// </summary>
public abstract class PeerClientRun : IAsyncLifetime
{
    private readonly Dictionary<string, (bool Ok, string? Error)> _results = [];
    private string _diagnostics = "";

    public async Task InitializeAsync()
    {
        await using var server = await TestServer.StartAsync();
        using var client = StartClient($"127.0.0.1:{server.Address.Port}", string.Join(",", InteropCases.All));
        var (_, output) = await client.RunToEndAsync(TimeSpan.FromMinutes(3));
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            _results[root.GetProperty("case").GetString()!] = (
                root.GetProperty("ok").GetBoolean(),
                root.TryGetProperty("error", out var error) ? error.GetString() : null);
        }
        _diagnostics = client.Errors;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void AssertPassed(string name)
    {
        Assert.True(_results.TryGetValue(name, out var result), $"The peer reported nothing for {name}. Its stderr:\n{_diagnostics}");
        Assert.True(result.Ok, $"{name}: {result.Error}");
    }

    private protected abstract PeerProcess StartClient(string address, string cases);
}
