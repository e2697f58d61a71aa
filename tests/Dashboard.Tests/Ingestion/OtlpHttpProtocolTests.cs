using System.Net;
using System.Net.Http.Headers;
using Telehealth.AppHost.Dashboard.Otlp.Collector.Logs.V1;
using Telehealth.AppHost.Dashboard.Otlp.Collector.Metrics.V1;
using Telehealth.AppHost.Dashboard.Otlp.Collector.Trace.V1;
using Telehealth.AppHost.Dashboard.Tests.Support;
using OtlpSpanKind = Telehealth.AppHost.Dashboard.Otlp.Trace.V1.Span.Types.SpanKind;

namespace Telehealth.AppHost.Dashboard.Tests.Ingestion;

/// <summary>The OTLP/HTTP contract an exporter relies on: protobuf in, the Export*ServiceResponse out.</summary>
public sealed class OtlpHttpProtocolTests : IAsyncLifetime
{
    private TestDashboard _dashboard = null!;

    public async Task InitializeAsync() => _dashboard = await TestDashboard.StartAsync();

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Theory]
    [InlineData("/v1/traces")]
    [InlineData("/v1/metrics")]
    [InlineData("/v1/logs")]
    public async Task Each_signal_answers_its_export_response_as_protobuf(string path)
    {
        Google.Protobuf.IMessage request = path switch
        {
            "/v1/traces" => new ExportTraceServiceRequest(),
            "/v1/metrics" => new ExportMetricsServiceRequest(),
            _ => new ExportLogsServiceRequest(),
        };

        using var response = await _dashboard.PostOtlpAsync(path, request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        switch (path)
        {
            case "/v1/traces":
                Assert.Null(ExportTraceServiceResponse.Parser.ParseFrom(body).PartialSuccess);
                break;
            case "/v1/metrics":
                Assert.Null(ExportMetricsServiceResponse.Parser.ParseFrom(body).PartialSuccess);
                break;
            default:
                Assert.Null(ExportLogsServiceResponse.Parser.ParseFrom(body).PartialSuccess);
                break;
        }
    }

    [Fact]
    public async Task A_gzip_body_is_accepted()
    {
        var traceId = OtlpRequests.NewTraceId();
        var request = OtlpRequests.Traces("progress",
            OtlpRequests.Span(traceId, OtlpRequests.NewSpanId(), null, "compressed", OtlpSpanKind.Server, DateTimeOffset.UtcNow, TimeSpan.FromMilliseconds(3)));

        using var response = await _dashboard.PostOtlpAsync("/v1/traces", request, gzip: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var client = await _dashboard.LoggedInAsync();
        var trace = await client.GetJsonAsync($"/api/traces/{OtlpRequests.Hex(traceId)}");
        Assert.Equal(1, trace.GetProperty("spanCount").GetInt32());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    public async Task Other_content_types_are_415(string contentType)
    {
        using var content = new StringContent("{}");
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        using var response = await _dashboard.Anonymous().PostAsync("/v1/traces", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_content_encoding_is_415()
    {
        using var content = new ByteArrayContent([1, 2, 3]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        content.Headers.ContentEncoding.Add("br");

        using var response = await _dashboard.Anonymous().PostAsync("/v1/logs", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_protobuf_is_400()
    {
        using var content = new ByteArrayContent([0xFF, 0xFF, 0xFF, 0xFF]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");

        using var response = await _dashboard.Anonymous().PostAsync("/v1/metrics", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Otlp_endpoints_take_only_post()
    {
        using var response = await _dashboard.Anonymous().GetAsync("/v1/traces");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
