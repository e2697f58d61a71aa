using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Telehealth.ServiceDefaults.Telemetry;

public static class ServiceTelemetry
{
    /// <summary>Activity sources whose spans are exported: the framework's and every Telehealth.* source.</summary>
    public static readonly string[] Sources = ["Telehealth.*", "Microsoft.AspNetCore", "System.Net.Http", "MassTransit"];

    /// <summary>Meters whose instruments are exported.</summary>
    public static readonly string[] Meters =
    [
        "Telehealth.*", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "MassTransit",
    ];

    /// <summary>Traces, metrics and logs over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set; nothing otherwise.</summary>
    public static IHostApplicationBuilder AddServiceTelemetry(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }
        var resource = ResourceBuilder.CreateDefault();
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
        {
            resource.AddService(builder.Environment.ApplicationName);
        }
        var tracer = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(Sources)
            .AddOtlpExporter()
            .Build();
        var meter = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(Meters)
            .AddOtlpExporter()
            .Build();
        builder.Services.AddSingleton(tracer);
        builder.Services.AddSingleton(meter);
        builder.Services.AddSingleton(DatabaseCommandTracing.Start());
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeScopes = true;
            logging.AddOtlpExporter();
        });
        return builder;
    }
}
