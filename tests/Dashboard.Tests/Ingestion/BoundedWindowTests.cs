using Telehealth.AppHost.Dashboard.Otlp.Logs.V1;
using Telehealth.AppHost.Dashboard.Telemetry;
using Telehealth.AppHost.Dashboard.Tests.Support;
using OtlpSpanKind = Telehealth.AppHost.Dashboard.Otlp.Trace.V1.Span.Types.SpanKind;

namespace Telehealth.AppHost.Dashboard.Tests.Ingestion;

/// <summary>The window keeps the newest telemetry within its limits and lets the oldest go.</summary>
public sealed class BoundedWindowTests : IAsyncLifetime
{
    private static readonly TelemetryLimits SmallLimits = new() { MaxSpans = 10, MaxLogs = 5, MaxPointsPerStream = 3, MaxStreams = 4 };

    private TestDashboard _dashboard = null!;

    public async Task InitializeAsync() => _dashboard = await TestDashboard.StartAsync(SmallLimits);

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task Past_the_span_limit_the_oldest_traces_are_evicted_whole()
    {
        var traceIds = new List<string>();
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        for (var i = 0; i < 7; i++)
        {
            var traceId = OtlpRequests.NewTraceId();
            var root = OtlpRequests.NewSpanId();
            traceIds.Add(OtlpRequests.Hex(traceId));
            await _dashboard.PostOtlpOkAsync("/v1/traces", OtlpRequests.Traces("progress",
                OtlpRequests.Span(traceId, root, null, $"request {i}", OtlpSpanKind.Server, start.AddSeconds(i), TimeSpan.FromMilliseconds(5)),
                OtlpRequests.Span(traceId, OtlpRequests.NewSpanId(), root, $"query {i}", OtlpSpanKind.Client, start.AddSeconds(i), TimeSpan.FromMilliseconds(2))));
        }
        var client = await _dashboard.LoggedInAsync();

        var traces = await client.GetJsonAsync("/api/traces");

        // 14 spans posted, 10 allowed: the two oldest traces (4 spans) went, the newest five stay complete.
        Assert.Equal(traceIds.Skip(2).Reverse(), traces.EnumerateArray().Select(t => t.GetProperty("traceId").GetString()!));
        Assert.All(traces.EnumerateArray(), t => Assert.Equal(2, t.GetProperty("spanCount").GetInt32()));
    }

    [Fact]
    public async Task Past_the_log_limit_the_oldest_records_are_evicted()
    {
        var now = DateTimeOffset.UtcNow;
        var records = Enumerable.Range(0, 8)
            .Select(i => OtlpRequests.Log(now.AddMilliseconds(i), SeverityNumber.Info, $"record {i}"))
            .ToArray();
        await _dashboard.PostOtlpOkAsync("/v1/logs", OtlpRequests.Logs("progress", "Test", records));
        var client = await _dashboard.LoggedInAsync();

        var logs = await client.GetJsonAsync("/api/logs");

        Assert.Equal(["record 7", "record 6", "record 5", "record 4", "record 3"], logs.EnumerateArray().Select(l => l.GetProperty("message").GetString()!));
    }

    [Fact]
    public async Task Past_the_point_limit_a_stream_keeps_its_newest_points()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        for (var i = 0; i < 6; i++)
        {
            await _dashboard.PostOtlpOkAsync("/v1/metrics", OtlpRequests.Metrics("progress",
                OtlpRequests.Gauge("queue.depth", "{message}", start.AddSeconds(5 * i), i)));
        }
        var client = await _dashboard.LoggedInAsync();

        var series = await client.GetJsonAsync("/api/metrics/progress/queue.depth");

        Assert.Equal([3.0, 4.0, 5.0], series.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task Past_the_stream_limit_the_least_recently_updated_stream_goes()
    {
        var time = DateTimeOffset.UtcNow;
        foreach (var name in new[] { "a", "b", "c", "d", "e" })
        {
            await _dashboard.PostOtlpOkAsync("/v1/metrics", OtlpRequests.Metrics("progress", OtlpRequests.Gauge($"gauge.{name}", "1", time, 1)));
        }
        var client = await _dashboard.LoggedInAsync();

        var catalog = await client.GetJsonAsync("/api/metrics");

        var names = catalog.EnumerateArray().Single().GetProperty("instruments").EnumerateArray().Select(i => i.GetProperty("name").GetString()!);
        Assert.Equal(["gauge.b", "gauge.c", "gauge.d", "gauge.e"], names);
    }
}
