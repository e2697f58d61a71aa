using Telehealth.AppHost.Dashboard.Otlp.Collector.Trace.V1;
using Telehealth.AppHost.Dashboard.Tests.Support;
using OtlpSpanKind = Telehealth.AppHost.Dashboard.Otlp.Trace.V1.Span.Types.SpanKind;

namespace Telehealth.AppHost.Dashboard.Tests.Ingestion;

public sealed class OtlpTraceIngestionTests : IAsyncLifetime
{
    private TestDashboard _dashboard = null!;

    public async Task InitializeAsync() => _dashboard = await TestDashboard.StartAsync();

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task Spans_posted_by_three_services_form_one_trace_listing_every_service()
    {
        var scenario = await PatientReportScenario.PostAsync(_dashboard);
        var client = await _dashboard.LoggedInAsync();

        var traces = await client.GetJsonAsync("/api/traces");

        var trace = traces.EnumerateArray().Single(t => t.GetProperty("traceId").GetString() == scenario.TraceId);
        Assert.Equal(scenario.SpanCount, trace.GetProperty("spanCount").GetInt32());
        Assert.Equal(["progress", "scheduling", "notification"], trace.GetProperty("services").Strings());
        Assert.Equal("telehealth.progress.v1.ProgressService/SubmitSessionReport", trace.GetProperty("rootName").GetString());
        Assert.Equal("progress", trace.GetProperty("rootResource").GetString());
        Assert.InRange(trace.GetProperty("durationMs").GetDouble(), 65.9, 66.1);
    }

    [Fact]
    public async Task A_trace_lists_its_spans_parent_first_with_offsets_depths_and_attributes()
    {
        var scenario = await PatientReportScenario.PostAsync(_dashboard);
        var client = await _dashboard.LoggedInAsync();

        var trace = await client.GetJsonAsync($"/api/traces/{scenario.TraceId}");

        var spans = trace.GetProperty("spans").EnumerateArray().ToList();
        Assert.Equal(scenario.SpanCount, spans.Count);
        var root = spans[0];
        Assert.Equal(0, root.GetProperty("depth").GetInt32());
        Assert.False(root.TryGetProperty("parentSpanId", out _));
        Assert.Equal("server", root.GetProperty("kind").GetString());
        Assert.Equal(0, root.GetProperty("startOffsetMs").GetDouble());
        Assert.Contains(root.GetProperty("attributes").EnumerateArray(), a =>
            a.GetProperty("key").GetString() == "rpc.method" && a.GetProperty("value").GetString() == "SubmitSessionReport");

        var consumers = spans.Where(s => s.GetProperty("kind").GetString() == "consumer").ToList();
        Assert.Equal(["scheduling", "notification"], consumers.Select(s => s.GetProperty("resource").GetString()!).Order().Reverse());
        Assert.All(consumers, consumer => Assert.Equal(2, consumer.GetProperty("depth").GetInt32()));

        // Every span comes after its parent, so the waterfall can draw top to bottom.
        var seen = new HashSet<string>();
        foreach (var span in spans)
        {
            if (span.TryGetProperty("parentSpanId", out var parent))
            {
                Assert.Contains(parent.GetString()!, seen);
            }
            seen.Add(span.GetProperty("spanId").GetString()!);
        }
        var database = spans.Single(s => s.GetProperty("name").GetString() == "INSERT session_reports");
        Assert.Equal(6, database.GetProperty("startOffsetMs").GetDouble(), precision: 3);
        Assert.Equal(9, database.GetProperty("durationMs").GetDouble(), precision: 3);
    }

    [Fact]
    public async Task The_traces_list_filters_by_resource()
    {
        await PatientReportScenario.PostAsync(_dashboard);
        var other = OtlpRequests.NewTraceId();
        await _dashboard.PostOtlpOkAsync("/v1/traces", OtlpRequests.Traces("prescription",
            OtlpRequests.Span(other, OtlpRequests.NewSpanId(), null, "GET /health", OtlpSpanKind.Server, DateTimeOffset.UtcNow, TimeSpan.FromMilliseconds(1))));
        var client = await _dashboard.LoggedInAsync();

        var prescription = await client.GetJsonAsync("/api/traces?resource=prescription");
        var scheduling = await client.GetJsonAsync("/api/traces?resource=scheduling");

        Assert.Equal([OtlpRequests.Hex(other)], prescription.EnumerateArray().Select(t => t.GetProperty("traceId").GetString()!));
        Assert.DoesNotContain(scheduling.EnumerateArray(), t => t.GetProperty("traceId").GetString() == OtlpRequests.Hex(other));
        Assert.Single(scheduling.EnumerateArray());
    }

    [Fact]
    public async Task The_traces_list_finds_a_request_among_one_span_probes_by_size_and_text()
    {
        var report = await PatientReportScenario.PostAsync(_dashboard);
        for (var i = 0; i < 3; i++)
        {
            await _dashboard.PostOtlpOkAsync("/v1/traces", OtlpRequests.Traces("progress",
                OtlpRequests.Span(OtlpRequests.NewTraceId(), OtlpRequests.NewSpanId(), null, "GET /health", OtlpSpanKind.Server, DateTimeOffset.UtcNow, TimeSpan.FromMilliseconds(1))));
        }
        var client = await _dashboard.LoggedInAsync();

        var all = await client.GetJsonAsync("/api/traces");
        var multiSpan = await client.GetJsonAsync("/api/traces?minSpans=2");
        var byAttribute = await client.GetJsonAsync("/api/traces?text=RABBITMQ");
        var byName = await client.GetJsonAsync("/api/traces?text=GET%20%2Fhealth");

        Assert.Equal(4, all.GetArrayLength());
        Assert.Equal([report.TraceId], multiSpan.EnumerateArray().Select(t => t.GetProperty("traceId").GetString()!));
        Assert.Equal([report.TraceId], byAttribute.EnumerateArray().Select(t => t.GetProperty("traceId").GetString()!));
        Assert.Equal(3, byName.GetArrayLength());
    }

    [Fact]
    public async Task Spans_without_ids_are_reported_as_rejected()
    {
        var request = OtlpRequests.Traces("progress",
            OtlpRequests.Span(Google.Protobuf.ByteString.Empty, OtlpRequests.NewSpanId(), null, "no trace id", OtlpSpanKind.Internal, DateTimeOffset.UtcNow, TimeSpan.FromMilliseconds(1)));

        using var response = await _dashboard.PostOtlpAsync("/v1/traces", request);

        var answer = ExportTraceServiceResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, answer.PartialSuccess.RejectedSpans);
    }

    [Fact]
    public async Task An_unknown_trace_is_404()
    {
        var client = await _dashboard.LoggedInAsync();

        using var response = await client.GetAsync("/api/traces/0123456789abcdef0123456789abcdef");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
