using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Telehealth.AppHost.Dashboard.Tests.Support;

namespace Telehealth.AppHost.Dashboard.Tests.Ingestion;

/// <summary>
/// The services' own exporter (OpenTelemetry .NET over http/protobuf) sending to the dashboard: its encoder is
/// independent of the generated classes the other tests use, so this checks the wire format end to end.
/// </summary>
public sealed class DotnetExporterTests : IAsyncLifetime
{
    private readonly string _name = $"Telehealth.Test.{Guid.NewGuid():N}";
    private TestDashboard _dashboard = null!;

    public async Task InitializeAsync() => _dashboard = await TestDashboard.StartAsync();

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task Spans_of_two_services_arrive_as_one_trace()
    {
        using var progressSource = new ActivitySource($"{_name}.progress");
        using var schedulingSource = new ActivitySource($"{_name}.scheduling");
        string traceId;
        using (var progress = Tracer("progress", progressSource.Name))
        using (var scheduling = Tracer("scheduling", schedulingSource.Name))
        {
            using (var request = progressSource.StartActivity("SubmitSessionReport", ActivityKind.Server)!)
            {
                request.SetTag("rpc.system", "grpc");
                traceId = request.TraceId.ToHexString();
                using (progressSource.StartActivity("SessionReported send", ActivityKind.Producer))
                using (var consume = schedulingSource.StartActivity("SessionReported receive", ActivityKind.Consumer)!)
                {
                    consume.SetTag("messaging.system", "rabbitmq");
                }
            }
            Assert.True(progress.ForceFlush(5_000));
            Assert.True(scheduling.ForceFlush(5_000));
        }
        var client = await _dashboard.LoggedInAsync();

        var trace = await client.GetJsonAsync($"/api/traces/{traceId}");

        Assert.Equal(3, trace.GetProperty("spanCount").GetInt32());
        Assert.Equal(["progress", "scheduling"], trace.GetProperty("services").Strings());
        var spans = trace.GetProperty("spans").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2], spans.Select(s => s.GetProperty("depth").GetInt32()));
        Assert.Equal("consumer", spans[2].GetProperty("kind").GetString());
        Assert.Contains(spans[2].GetProperty("attributes").EnumerateArray(), a => a.GetProperty("key").GetString() == "messaging.system");
    }

    [Fact]
    public async Task A_histogram_and_a_counter_arrive_as_chartable_series()
    {
        using var meter = new Meter(_name);
        var duration = meter.CreateHistogram<double>("rpc.server.duration", "ms");
        var reports = meter.CreateCounter<long>("telehealth.progress.reports_received", "{report}");
        using (var provider = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(Service("progress"))
            .AddMeter(meter.Name)
            .AddOtlpExporter((exporter, reader) =>
            {
                Point(exporter, "/v1/metrics");
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 60_000;
            })
            .Build())
        {
            foreach (var milliseconds in new[] { 3.0, 7, 8, 9, 12, 40, 80, 120, 300, 900 })
            {
                duration.Record(milliseconds, new KeyValuePair<string, object?>("rpc.method", "SubmitSessionReport"));
                reports.Add(1);
            }
            Assert.True(provider.ForceFlush(5_000));
        }
        var client = await _dashboard.LoggedInAsync();

        var histogram = await client.GetJsonAsync("/api/metrics/progress/rpc.server.duration");
        var counter = await client.GetJsonAsync("/api/metrics/progress/telehealth.progress.reports_received");

        Assert.Equal("histogram", histogram.GetProperty("kind").GetString());
        // Disposing the provider exports once more: a second, empty interval may follow the one that counted.
        var point = histogram.GetProperty("points").EnumerateArray().MaxBy(p => p.GetProperty("count").GetDouble());
        Assert.Equal(10, point.GetProperty("count").GetDouble());
        Assert.InRange(point.GetProperty("p50").GetDouble(), 10, 25);
        Assert.InRange(point.GetProperty("p99").GetDouble(), 750, 1000);
        Assert.Equal("counter", counter.GetProperty("kind").GetString());
        Assert.Equal(10, counter.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task A_log_record_arrives_with_its_message_filled_in_and_its_trace()
    {
        using var source = new ActivitySource(_name);
        using var tracer = Tracer("notification", source.Name);
        string traceId;
        using (var loggers = LoggerFactory.Create(logging => logging.AddOpenTelemetry(options =>
        {
            options.SetResourceBuilder(Service("notification"));
            options.AddOtlpExporter(exporter =>
            {
                Point(exporter, "/v1/logs");
                exporter.ExportProcessorType = ExportProcessorType.Simple;
            });
        })))
        {
            using var activity = source.StartActivity("deliver")!;
            traceId = activity.TraceId.ToHexString();
            loggers.CreateLogger("Telehealth.Notification.Delivery").LogWarning("Delivery to channel {Channel} failed after {Attempts} attempts", "push", 3);
        }
        var client = await _dashboard.LoggedInAsync();

        var logs = await client.GetJsonAsync("/api/logs?resource=notification");

        var record = Assert.Single(logs.EnumerateArray());
        Assert.Equal("Delivery to channel push failed after 3 attempts", record.GetProperty("message").GetString());
        Assert.Equal("warning", record.GetProperty("level").GetString());
        Assert.Equal("Telehealth.Notification.Delivery", record.GetProperty("category").GetString());
        Assert.Equal(traceId, record.GetProperty("traceId").GetString());
    }

    private TracerProvider Tracer(string service, string source) =>
        Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(Service(service))
            .AddSource(source)
            .AddOtlpExporter(exporter =>
            {
                Point(exporter, "/v1/traces");
                exporter.ExportProcessorType = ExportProcessorType.Simple;
            })
            .Build();

    private static ResourceBuilder Service(string name) => ResourceBuilder.CreateEmpty().AddService(name);

    /// <summary>As the services are configured: http/protobuf to the dashboard's address.</summary>
    private void Point(OtlpExporterOptions exporter, string path)
    {
        exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
        exporter.Endpoint = new Uri($"{_dashboard.Handle.OtlpEndpoint}{path}");
    }
}
