namespace Telehealth.Benchmarks.Grpc;

/// <summary>Which server the benchmark measures.</summary>
public enum BenchMode
{
    /// <summary>TestService mapped through the gRPC library.</summary>
    Library,

    /// <summary>UnaryCall framed by hand on a plain Kestrel endpoint.</summary>
    Bare,
}

public static class BenchArguments
{
    /// <summary>Reads <c>--mode library|bare</c>, the only argument.</summary>
    public static bool TryParseMode(string[] args, out BenchMode mode)
    {
        mode = default;
        return args is ["--mode", var value]
            && Enum.TryParse(value, ignoreCase: true, out mode)
            && Enum.IsDefined(mode);
    }
}
