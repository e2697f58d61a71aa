using Microsoft.AspNetCore.Builder;

namespace Telehealth.AppHost.Dashboard;

/// <summary>A running dashboard. Disposing it stops the web server and drops the telemetry it held.</summary>
public sealed class DashboardHandle : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private int _disposed;

    internal DashboardHandle(WebApplication app, string url, int port, string loginToken)
    {
        _app = app;
        Url = url;
        Port = port;
        LoginToken = loginToken;
    }

    /// <summary>Base address with the actual port and no trailing slash, e.g. http://127.0.0.1:18888.</summary>
    public string Url { get; }

    public int Port { get; }

    public string LoginToken { get; }

    /// <summary>The link to print for the operator: opening it logs the browser in.</summary>
    public string LoginUrl => $"{Url}/login?t={Uri.EscapeDataString(LoginToken)}";

    /// <summary>For the services' OTEL_EXPORTER_OTLP_ENDPOINT, with OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf.</summary>
    public string OtlpEndpoint => Url;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await _app.StopAsync(timeout.Token);
        }
        await _app.DisposeAsync();
    }
}
