using Telehealth.AppHost.Dashboard.Tests.Support;

namespace Telehealth.AppHost.Dashboard.Tests.Ingestion;

public sealed class OtlpMetricIngestionTests : IAsyncLifetime
{
    private static readonly double[] Bounds = [0, 5, 10, 25, 50, 100, 250, 500, 1000];

    private TestDashboard _dashboard = null!;

    public async Task InitializeAsync() => _dashboard = await TestDashboard.StartAsync();

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task A_cumulative_histogram_yields_percentiles_and_a_rate_per_interval()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        // First export: 10 requests in (0, 5] ms. Second: 100 more, 50 in (5, 10], 45 in (10, 25], 5 in (100, 250].
        await PostLatencyAsync(start, start.AddSeconds(10), [0, 10, 0, 0, 0, 0, 0, 0, 0, 0], sum: 25);
        await PostLatencyAsync(start, start.AddSeconds(20), [0, 10, 50, 45, 0, 0, 5, 0, 0, 0], sum: 1800);
        var client = await _dashboard.LoggedInAsync();

        var series = await client.GetJsonAsync("/api/metrics/progress/http.server.request.duration");

        Assert.Equal("histogram", series.GetProperty("kind").GetString());
        Assert.Equal("ms", series.GetProperty("unit").GetString());
        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(2, points.Count);
        Assert.Equal(2.5, points[0].GetProperty("p50").GetDouble(), precision: 3);
        var second = points[1];
        Assert.Equal(100, second.GetProperty("count").GetDouble());
        Assert.Equal(10, second.GetProperty("rate").GetDouble(), precision: 6);
        Assert.Equal(10, second.GetProperty("p50").GetDouble(), precision: 3);
        Assert.Equal(25, second.GetProperty("p95").GetDouble(), precision: 3);
        // 4 of the 5 slow requests past the 95th: 100 + 0.8 * (250 - 100).
        Assert.Equal(220, second.GetProperty("p99").GetDouble(), precision: 3);
        Assert.Equal(17.75, second.GetProperty("mean").GetDouble(), precision: 6);
    }

    [Fact]
    public async Task Histograms_of_several_attribute_sets_merge_into_one_distribution()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        var time = start.AddSeconds(10);
        await _dashboard.PostOtlpOkAsync("/v1/metrics", OtlpRequests.Metrics("progress",
            OtlpRequests.Histogram("http.server.request.duration", "ms", start, time, Bounds, [0, 0, 50, 0, 0, 0, 0, 0, 0, 0], 400, OtlpRequests.Attribute("http.route", "/a")),
            OtlpRequests.Histogram("http.server.request.duration", "ms", start, time, Bounds, [0, 0, 0, 0, 50, 0, 0, 0, 0, 0], 2000, OtlpRequests.Attribute("http.route", "/b"))));
        var client = await _dashboard.LoggedInAsync();

        var series = await client.GetJsonAsync("/api/metrics/progress/http.server.request.duration");

        Assert.Equal(2, series.GetProperty("streams").GetInt32());
        var point = Assert.Single(series.GetProperty("points").EnumerateArray());
        Assert.Equal(100, point.GetProperty("count").GetDouble());
        Assert.Equal(10, point.GetProperty("p50").GetDouble(), precision: 3);
        Assert.Equal(47.5, point.GetProperty("p95").GetDouble(), precision: 3);
    }

    [Fact]
    public async Task A_cumulative_counter_charts_as_a_rate_and_survives_a_process_restart()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-2);
        var restarted = start.AddSeconds(25);
        await PostCounterAsync(start, start.AddSeconds(10), 10);
        await PostCounterAsync(start, start.AddSeconds(20), 40);
        await PostCounterAsync(restarted, restarted.AddSeconds(5), 5);
        var client = await _dashboard.LoggedInAsync();

        var series = await client.GetJsonAsync("/api/metrics/progress/telehealth.progress.reports_received");

        Assert.Equal("counter", series.GetProperty("kind").GetString());
        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal([10.0, 30.0, 5.0], points.Select(p => p.GetProperty("value").GetDouble()));
        Assert.Equal([1.0, 3.0, 1.0], points.Select(p => Math.Round(p.GetProperty("rate").GetDouble(), 6)));
    }

    [Fact]
    public async Task The_metric_catalogue_lists_each_resources_instruments_with_unit_and_kind()
    {
        await PatientReportScenario.PostAsync(_dashboard);
        var client = await _dashboard.LoggedInAsync();

        var catalog = await client.GetJsonAsync("/api/metrics");

        var progress = catalog.EnumerateArray().Single(r => r.GetProperty("resource").GetString() == "progress");
        var instruments = progress.GetProperty("instruments").EnumerateArray()
            .ToDictionary(i => i.GetProperty("name").GetString()!, i => (Unit: i.GetProperty("unit").GetString(), Kind: i.GetProperty("kind").GetString()));
        Assert.Equal(("s", "histogram"), instruments["rpc.server.duration"]);
        Assert.Equal(("{report}", "counter"), instruments["telehealth.progress.reports_received"]);
        Assert.Equal(("By", "gauge"), instruments["process.memory.usage"]);
        Assert.Contains(catalog.EnumerateArray(), r => r.GetProperty("resource").GetString() == "scheduling");
    }

    [Fact]
    public async Task An_unknown_instrument_is_404()
    {
        var client = await _dashboard.LoggedInAsync();

        using var response = await client.GetAsync("/api/metrics/progress/nothing.here");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task PostLatencyAsync(DateTimeOffset start, DateTimeOffset time, ulong[] counts, double sum) =>
        _dashboard.PostOtlpOkAsync("/v1/metrics", OtlpRequests.Metrics("progress",
            OtlpRequests.Histogram("http.server.request.duration", "ms", start, time, Bounds, counts, sum)));

    private Task PostCounterAsync(DateTimeOffset start, DateTimeOffset time, long value) =>
        _dashboard.PostOtlpOkAsync("/v1/metrics", OtlpRequests.Metrics("progress",
            OtlpRequests.Counter("telehealth.progress.reports_received", "{report}", start, time, value)));
}
