namespace Telehealth.Benchmarks.Grpc;

/// <summary>Which server the benchmark measures.</summary>
public enum BenchMode
{
    /// <summary>TestService, a generated service base, mapped through Grpc.AspNetCore.</summary>
    GrpcDotnet,

    /// <summary>UnaryCall framed by hand on a plain Kestrel endpoint.</summary>
    Bare,
}
