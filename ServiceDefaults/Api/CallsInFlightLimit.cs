using System.Globalization;
using System.Threading.RateLimiting;
using Google.Protobuf.WellKnownTypes;
using RetryInfo = Google.Rpc.RetryInfo;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// Back-pressure for a service: ASP.NET Core's rate limiter with one concurrency limiter over the
/// service's unary calls (<see cref="CallsInFlightSettings"/>). A refused call gets gRPC's
/// RESOURCE_EXHAUSTED with a google.rpc.RetryInfo detail and the "retry-after-ms" header the
/// per-caller limit also gives. Streams (a therapist's Subscribe lasts hours), health and
/// reflection are not counted: probes must see a busy service as alive.
/// </summary>
public static class CallsInFlightLimit
{
    public const string Refusal = "The service is busy; retry shortly.";

    public static IServiceCollection AddCallsInFlightLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(CallsInFlightSettings.Section).Get<CallsInFlightSettings>() ?? new CallsInFlightSettings();
        var limiter = new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, settings.Limit),
            QueueLimit = Math.Max(0, settings.Queue),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = new CallsInFlightLimiter(limiter);
            options.OnRejected = (rejected, _) => RefuseAsync(rejected.HttpContext.Response, TimeSpan.FromMilliseconds(Math.Max(1, settings.RetryAfterMilliseconds)));
        });
        return services;
    }

    /// <summary>Adds the limiter to the pipeline; call before mapping the services.</summary>
    public static WebApplication UseCallsInFlightLimit(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static async ValueTask RefuseAsync(HttpResponse response, TimeSpan retryAfter)
    {
        var status = new Google.Rpc.Status { Code = (int)StatusCode.ResourceExhausted, Message = Refusal };
        status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(retryAfter) }));
        response.Headers[CallRateLimitInterceptor.RetryAfterTrailer] = ((long)Math.Ceiling(retryAfter.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
        await GrpcStatusResponse.WriteAsync(response, StatusCode.ResourceExhausted, Refusal, status);
    }
}
