using System.Diagnostics;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
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
/// per-caller limit also gives; the hint grows with how long the calls ahead take to drain. Calls
/// judged urgent (<see cref="UrgentCalls"/>) have turns of their own. Streams (a therapist's
/// Subscribe lasts hours), health and reflection are not counted: probes must see a busy service
/// as alive.
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
        var urgent = new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, settings.UrgentLimit),
            QueueLimit = Math.Max(0, settings.UrgentQueue),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        var least = TimeSpan.FromMilliseconds(Math.Max(1, settings.RetryAfterMilliseconds));
        var hint = new RetryHint(least, TimeSpan.FromMilliseconds(Math.Max(least.TotalMilliseconds, settings.MaxRetryAfterMilliseconds)), limiter.PermitLimit + limiter.QueueLimit);
        services.AddRateLimiter(options =>
        {
            var calls = new CallsInFlightLimiter(limiter, urgent);
            options.GlobalLimiter = calls;
            options.OnRejected = (rejected, _) => RefuseAsync(rejected.HttpContext.Response, hint.For(calls.Admitted, Stopwatch.GetTimestamp()));
        });
        return services;
    }

    /// <summary>
    /// Adds the limiter to the pipeline, after routing (it counts by the method called) and ahead of
    /// authentication and authorization, which WebApplication would otherwise put first: a call
    /// refused while the service is busy then costs no token check. Under overload most calls are
    /// refusals; authentication took an eighth of progress's CPU in a profile under load, most of
    /// it for calls the limiter then refused. Call before mapping the services.
    /// </summary>
    public static WebApplication UseCallsInFlightLimit(this WebApplication app)
    {
        app.UseRouting();
        if (app.Services.GetServices<UrgentCallRule>().Any())
        {
            // The limiter needs to know a call is urgent before it decides, so triage comes first.
            app.UseMiddleware<UrgentCallTriage>();
        }
        app.UseRateLimiter();
        if (app.Services.GetService<IAuthenticationSchemeProvider>() is not null)
        {
            app.UseAuthentication();
        }
        if (app.Services.GetService<IAuthorizationPolicyProvider>() is not null)
        {
            app.UseAuthorization();
        }
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
