using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Telehealth.AppHost.Dashboard.Telemetry;
using Telehealth.AppHost.Dashboard.Tests.Fakes;

namespace Telehealth.AppHost.Dashboard.Tests.Support;

/// <summary>A dashboard on a free loopback port over a fake catalog, with clients logged in or not.</summary>
internal sealed class TestDashboard : IAsyncDisposable
{
    public const string Token = "test-token-5f1c2a9e";

    private readonly List<HttpClient> _clients = [];

    private TestDashboard(DashboardHandle handle, FakeResourceCatalog catalog)
    {
        Handle = handle;
        Catalog = catalog;
    }

    public DashboardHandle Handle { get; }

    public FakeResourceCatalog Catalog { get; }

    public static async Task<TestDashboard> StartAsync(TelemetryLimits? limits = null, FakeResourceCatalog? catalog = null)
    {
        catalog ??= new FakeResourceCatalog();
        var options = new DashboardOptions { LoginToken = Token, Telemetry = limits ?? new TelemetryLimits() };
        var handle = await DashboardServer.StartAsync(options, catalog, CancellationToken.None);
        return new TestDashboard(handle, catalog);
    }

    /// <summary>No cookies and no redirects followed, so tests see exactly what the server answered.</summary>
    public HttpClient Anonymous(CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            UseProxy = false,
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(Handle.Url), Timeout = TimeSpan.FromSeconds(20) };
        _clients.Add(client);
        return client;
    }

    public async Task<HttpClient> LoggedInAsync()
    {
        var client = Anonymous(new CookieContainer());
        using var login = await client.GetAsync($"/login?t={Token}");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    public HttpClient WithBearer(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Posts an OTLP request as an exporter does: protobuf body, optionally gzip, no cookie.</summary>
    public async Task<HttpResponseMessage> PostOtlpAsync(string path, IMessage request, bool gzip = false)
    {
        var bytes = request.ToByteArray();
        if (gzip)
        {
            using var compressed = new MemoryStream();
            await using (var zip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                await zip.WriteAsync(bytes);
            }
            bytes = compressed.ToArray();
        }
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        if (gzip)
        {
            content.Headers.ContentEncoding.Add("gzip");
        }
        var response = await Anonymous().PostAsync(path, content);
        return response;
    }

    public async Task PostOtlpOkAsync(string path, IMessage request)
    {
        using var response = await PostOtlpAsync(path, request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
        await Handle.DisposeAsync();
    }
}
