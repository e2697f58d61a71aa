using System.Globalization;

namespace Telehealth.Integration.Tests.Fuzzing;

/// <summary>
/// One seed per run and how many cases each RPC gets. CI runs a bounded number; FUZZ_CASES makes a
/// longer run, and FUZZ_SEED replays a run whose seed a failure printed.
/// </summary>
public sealed record FuzzSettings(int Seed, int CasesPerRpc)
{
    public const string SeedVariable = "FUZZ_SEED";
    public const string CasesVariable = "FUZZ_CASES";

    /// <summary>About 1,700 calls in under a minute on two busy cores.</summary>
    public const int DefaultCasesPerRpc = 40;

    public static FuzzSettings FromEnvironment() => new(
        Read(SeedVariable) ?? Random.Shared.Next(),
        Math.Max(1, Read(CasesVariable) ?? DefaultCasesPerRpc));

    /// <summary>A generator of its own for each RPC, so one RPC's cases do not shift when another RPC is added.</summary>
    public Random RandomFor(string rpc)
    {
        // FNV-1a: string.GetHashCode differs between processes, and a replay must not.
        var hash = 2166136261u;
        foreach (var c in rpc)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return new Random(Seed ^ (int)hash);
    }

    public override string ToString() =>
        $"seed {Seed}, {CasesPerRpc} cases per RPC (replay with {SeedVariable}={Seed} {CasesVariable}={CasesPerRpc})";

    private static int? Read(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
