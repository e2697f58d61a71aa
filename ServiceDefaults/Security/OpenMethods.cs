namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// The standard services that answer without a token: health (for probes and load balancers)
/// and reflection (it describes the API, which is public; every call still needs a token).
/// They do not count toward a caller's call rate.
/// </summary>
internal static class OpenMethods
{
    public static bool Contains(string method) =>
        method.StartsWith("/grpc.health.v1.", StringComparison.Ordinal)
        || method.StartsWith("/grpc.reflection.v1.", StringComparison.Ordinal)
        || method.StartsWith("/grpc.reflection.v1alpha.", StringComparison.Ordinal);
}
