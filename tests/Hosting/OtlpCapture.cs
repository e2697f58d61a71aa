using System.Collections.Concurrent;
using System.Net;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telehealth.Testing.Hosting.Otlp.Collector.Logs.V1;
using Telehealth.Testing.Hosting.Otlp.Collector.Metrics.V1;
using Telehealth.Testing.Hosting.Otlp.Collector.Trace.V1;

namespace Telehealth.Testing.Hosting;

/// <summary>
/// An OTLP/HTTP receiver that keeps everything the services export (traces, metrics, logs)
/// as protobuf JSON, so tests can read exactly what would reach a telemetry backend.
/// </summary>
public sealed class OtlpCapture : IAsyncDisposable
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CapturedExport> _exports = new();
    private readonly ConcurrentQueue<ExportTraceServiceRequest> _traces = new();

    private OtlpCapture(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = "";

    public IReadOnlyCollection<CapturedExport> Exports => _exports;

    public static async Task<OtlpCapture> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The test folder holds the services' appsettings.json; their Kestrel endpoints are not ours.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var capture = new OtlpCapture(app);
        app.MapPost("/v1/traces", (HttpContext context) => capture.KeepAsync(context, "traces", ExportTraceServiceRequest.Parser));
        app.MapPost("/v1/metrics", (HttpContext context) => capture.KeepAsync(context, "metrics", ExportMetricsServiceRequest.Parser));
        app.MapPost("/v1/logs", (HttpContext context) => capture.KeepAsync(context, "logs", ExportLogsServiceRequest.Parser));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        capture.Endpoint = address.Replace("[::1]", "127.0.0.1");
        return capture;
    }

    /// <summary>What a service needs to export here quickly.</summary>
    public IReadOnlyDictionary<string, string> ServiceEnvironment() => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Endpoint,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
        ["OTEL_BLRP_SCHEDULE_DELAY"] = "500",
    };

    /// <summary>The spans of one trace received so far, with the service that exported each.</summary>
    public IReadOnlyList<CapturedSpan> Trace(string traceIdHex) =>
        _traces
            .SelectMany(request => request.ResourceSpans)
            .SelectMany(resource => resource.ScopeSpans.SelectMany(scope => scope.Spans).Select(span => (Service: ServiceName(resource.Resource), Span: span)))
            .Where(pair => Convert.ToHexStringLower(pair.Span.TraceId.Span) == traceIdHex)
            .Select(pair => new CapturedSpan(
                Convert.ToHexStringLower(pair.Span.SpanId.Span),
                pair.Span.ParentSpanId.IsEmpty ? null : Convert.ToHexStringLower(pair.Span.ParentSpanId.Span),
                pair.Span.Name,
                pair.Service))
            .ToList();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static string ServiceName(Otlp.Resource.V1.Resource? resource) =>
        resource?.Attributes.FirstOrDefault(attribute => attribute.Key == "service.name")?.Value.StringValue ?? "";

    // An empty 200 is a complete OTLP/HTTP success answer.
    private async Task KeepAsync<T>(HttpContext context, string signal, MessageParser<T> parser)
        where T : IMessage<T>
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var message = parser.ParseFrom(body.ToArray());
        if (message is ExportTraceServiceRequest traces)
        {
            _traces.Enqueue(traces);
        }
        _exports.Enqueue(new CapturedExport(signal, Json.Format(message)));
        context.Response.ContentType = "application/x-protobuf";
    }
}
