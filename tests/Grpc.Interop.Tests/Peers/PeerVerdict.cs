using System.Text.Json;

namespace Telehealth.Grpc.Interop.Tests.Peers;

/// <summary>What a peer's interop client reported for one case: one JSON line, {"case":…,"ok":…,"error":…}.</summary>
internal sealed record PeerVerdict(bool Ok, string? Error)
{
    /// <summary>Every case's verdict in a peer client's output, by case name.</summary>
    public static Dictionary<string, PeerVerdict> ParseAll(string output)
    {
        var verdicts = new Dictionary<string, PeerVerdict>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            verdicts[root.GetProperty("case").GetString()!] = new PeerVerdict(
                root.GetProperty("ok").GetBoolean(),
                root.TryGetProperty("error", out var error) ? error.GetString() : null);
        }
        return verdicts;
    }
}
