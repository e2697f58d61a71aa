namespace Telehealth.Benchmarks.Grpc;

public static class BenchArguments
{
    /// <summary>Reads <c>--mode grpc-dotnet|bare</c>, the only argument.</summary>
    public static bool TryParseMode(string[] args, out BenchMode mode)
    {
        (var known, mode) = args switch
        {
            ["--mode", "grpc-dotnet"] => (true, BenchMode.GrpcDotnet),
            ["--mode", "bare"] => (true, BenchMode.Bare),
            _ => (false, default(BenchMode)),
        };
        return known;
    }
}
