using System.Diagnostics;
using Telehealth.Cli.Connection;
using Grpc.Core;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Telehealth.Cli.Clients;

/// <summary>
/// Asks each service's grpc.health.v1 Check about its telehealth service. One attempt, no retries:
/// a probe reports the state now, and health answers without a token, so none is sent.
/// </summary>
internal sealed class HealthProbe(ConnectionSettings settings)
{
    public Task<HealthReport[]> CheckAllAsync(CancellationToken cancellationToken)
    {
        // With no address at all there is nothing to probe: say how to give one, once, instead of four rows of it.
        if (ServiceNames.All.All(service => !HasAddress(service)))
        {
            throw CliException.Usage($"No service addresses: pass --endpoints or --<service>-url, set TELEHEALTH_<SERVICE>_URL, or start the system with bash scripts/start.sh (which writes {settings.ManifestPath}).");
        }
        return Task.WhenAll(ServiceNames.All.Select(service => CheckAsync(service, cancellationToken)));
    }

    public async Task<HealthReport> CheckAsync(ServiceName service, CancellationToken cancellationToken)
    {
        Uri address;
        try
        {
            address = settings.GrpcAddress(service);
        }
        catch (CliException)
        {
            return new HealthReport(service, null, "no-address", null, $"pass {service.UrlOption()} or set {service.UrlVariable()}");
        }
        using var channel = ServiceChannels.Open(address, retry: null);
        var health = new Health.HealthClient(channel);
        var request = new HealthCheckRequest { Service = ServiceDescriptors.Of(service).FullName };
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await health.CheckAsync(request, deadline: DateTime.UtcNow + settings.Timeout, cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
            return new HealthReport(service, address.ToString(), Name(response.Status), Stopwatch.GetElapsedTime(started), null);
        }
        catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
        {
            var status = exception.StatusCode switch
            {
                StatusCode.Unavailable => "unreachable",
                StatusCode.DeadlineExceeded => "timeout",
                StatusCode.NotFound => "service-unknown",
                _ => "error",
            };
            return new HealthReport(service, address.ToString(), status, null, $"{exception.StatusCode}: {exception.Status.Detail}");
        }
    }

    private bool HasAddress(ServiceName service)
    {
        try
        {
            settings.GrpcAddress(service);
            return true;
        }
        catch (CliException)
        {
            return false;
        }
    }

    private static string Name(ServingStatus status) => status switch
    {
        ServingStatus.Serving => HealthReport.Serving,
        ServingStatus.NotServing => "not-serving",
        ServingStatus.ServiceUnknown => "service-unknown",
        _ => "unknown",
    };
}
