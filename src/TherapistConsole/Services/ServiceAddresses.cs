namespace Telehealth.TherapistConsole.Services;

/// <summary>
/// Where a service answers gRPC, by the names Aspire gives (services__&lt;service&gt;__grpc__0);
/// appsettings.json has the services' development ports for a console run on its own.
/// </summary>
public static class ServiceAddresses
{
    public static Uri Grpc(IConfiguration configuration, string service)
    {
        var key = $"services:{service}:grpc:0";
        var address = configuration[key];
        if (string.IsNullOrWhiteSpace(address) || !Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"No gRPC address for the {service} service: set {key.Replace(":", "__", StringComparison.Ordinal)} to its http:// or https:// address (the AppHost sets it).");
        }
        return uri;
    }
}
