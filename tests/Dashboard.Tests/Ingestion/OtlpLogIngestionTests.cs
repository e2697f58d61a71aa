using Telehealth.AppHost.Dashboard.Tests.Support;

namespace Telehealth.AppHost.Dashboard.Tests.Ingestion;

public sealed class OtlpLogIngestionTests : IAsyncLifetime
{
    private TestDashboard _dashboard = null!;

    public async Task InitializeAsync() => _dashboard = await TestDashboard.StartAsync();

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task Log_records_read_as_sentences_with_level_resource_attributes_and_trace()
    {
        var scenario = await PatientReportScenario.PostAsync(_dashboard);
        var client = await _dashboard.LoggedInAsync();

        var logs = await client.GetJsonAsync("/api/logs");

        var accepted = logs.EnumerateArray().Single(l => l.GetProperty("message").GetString()!.StartsWith("Session report"));
        Assert.Equal("Session report r-1042 accepted for programme version 3", accepted.GetProperty("message").GetString());
        Assert.Equal("information", accepted.GetProperty("level").GetString());
        Assert.Equal("progress", accepted.GetProperty("resource").GetString());
        Assert.Equal("Telehealth.Progress.Reports.SessionReportHandler", accepted.GetProperty("category").GetString());
        Assert.Equal(scenario.TraceId, accepted.GetProperty("traceId").GetString());
        Assert.Contains(accepted.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("key").GetString() == "ReportId");
    }

    [Theory]
    [InlineData("resource=notification", new[] { "Delivery to channel push failed" })]
    [InlineData("level=warning", new[] { "Delivery to channel push failed", "Pain after session rose by 3 points" })]
    [InlineData("text=PAIN", new[] { "Pain after session rose by 3 points" })]
    [InlineData("level=error&resource=progress", new string[0])]
    public async Task Filters_narrow_the_records_newest_first(string query, string[] expected)
    {
        await PatientReportScenario.PostAsync(_dashboard);
        var client = await _dashboard.LoggedInAsync();

        var logs = await client.GetJsonAsync($"/api/logs?{query}");

        Assert.Equal(expected, logs.EnumerateArray().Select(l => l.GetProperty("message").GetString()!));
    }

    [Fact]
    public async Task The_trace_filter_returns_only_that_traces_records()
    {
        var first = await PatientReportScenario.PostAsync(_dashboard);
        await PatientReportScenario.PostAsync(_dashboard);
        var client = await _dashboard.LoggedInAsync();

        var logs = await client.GetJsonAsync($"/api/logs?traceId={first.TraceId.ToUpperInvariant()}");

        Assert.Equal(3, logs.GetArrayLength());
        Assert.All(logs.EnumerateArray(), l => Assert.Equal(first.TraceId, l.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task An_unknown_level_is_a_bad_request()
    {
        var client = await _dashboard.LoggedInAsync();

        using var response = await client.GetAsync("/api/logs?level=loud");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
