using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Telehealth.ServiceDefaults.Telemetry;

public static class ServiceTelemetry
{
    /// <summary>Activity sources of our own and of libraries without an instrumentation package.</summary>
    public static readonly string[] Sources = ["Telehealth.*", "MassTransit"];

    /// <summary>Meters of our own (each service's domain counters) and of libraries without an instrumentation package.</summary>
    public static readonly string[] Meters = ["Telehealth.*", "MassTransit", "Microsoft.AspNetCore.Server.Kestrel"];

    // The RPC conventions are still experimental in the ASP.NET Core instrumentation: without the flag a
    // gRPC call's span is a bare HTTP POST rather than "package.Service/Method" with rpc.* attributes.
    private const string GrpcServerSpans = "OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_ENABLE_GRPC_INSTRUMENTATION";

    // Statement parameters hold health data; the EF Core instrumentation must never record them,
    // whatever the environment says.
    private const string StatementParameters = "OTEL_DOTNET_EXPERIMENTAL_EFCORE_ENABLE_TRACE_DB_QUERY_PARAMETERS";

    /// <summary>
    /// Traces, metrics and logs through OpenTelemetry, exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT
    /// is set (Aspire sets it to its dashboard). No statement parameters, request bodies or formatted
    /// log messages are recorded: they can hold health data. A share of traces is exported
    /// (<see cref="TraceSampling"/>), and every trace that alerts a therapist.
    /// </summary>
    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Configuration.AddInMemoryCollection([
            KeyValuePair.Create(GrpcServerSpans, (string?)"true"),
            KeyValuePair.Create(StatementParameters, (string?)"false"),
        ]);
        var readSpans = builder.Configuration.GetValue<bool>(SqlCommandSpans.ReadSpansSetting);
        var sampler = TraceSampling.From(builder.Configuration);
        builder.Logging.AddOpenTelemetry(logging => logging.IncludeScopes = true);
        var telemetry = builder.Services.AddOpenTelemetry();
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
        {
            telemetry.ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName));
        }
        telemetry
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meters))
            .WithTracing(tracing => tracing
                .SetSampler(sampler)
                .AddSource(Sources)
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => !IsProbe(context.Request.Path);
                    options.EnrichWithHttpResponse = (activity, response) => RouteTemplatePath.Apply(activity, response.HttpContext);
                })
                .AddEntityFrameworkCoreInstrumentation(options => options.Filter = SqlCommandSpans.Filter(readSpans))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    // Probes every few seconds from the orchestrator would bury the calls people make.
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");
}
