using System.Text;
using Grpc.Core;
using Telehealth.Integration.Tests.Authorization;

namespace Telehealth.Integration.Tests.Fuzzing;

/// <summary>How the cases were answered, per RPC and in total, for the run's closing figures.</summary>
internal sealed class FuzzTally
{
    private readonly SortedDictionary<string, SortedDictionary<StatusCode, int>> _byRpc = new(StringComparer.Ordinal);

    public int Cases => _byRpc.Values.Sum(codes => codes.Values.Sum());

    public void Add(ServedRpc rpc, StatusCode code)
    {
        var codes = _byRpc.TryGetValue(rpc.ToString(), out var known) ? known : _byRpc[rpc.ToString()] = [];
        codes[code] = codes.GetValueOrDefault(code) + 1;
    }

    public string Describe(TimeSpan elapsed)
    {
        var text = new StringBuilder();
        foreach (var (rpc, codes) in _byRpc)
        {
            text.AppendLine($"{rpc}: {codes.Values.Sum()} cases, {Codes(codes)}");
        }
        var totals = new SortedDictionary<StatusCode, int>();
        foreach (var (code, count) in _byRpc.Values.SelectMany(codes => codes))
        {
            totals[code] = totals.GetValueOrDefault(code) + count;
        }
        text.AppendLine($"{Cases} cases over {_byRpc.Count} RPCs in {elapsed.TotalSeconds:F0} s: {Codes(totals)}");
        return text.ToString();
    }

    private static string Codes(SortedDictionary<StatusCode, int> codes) => string.Join(", ", codes.Select(code => $"{code.Key} {code.Value}"));
}
