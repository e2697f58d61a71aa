using System.Net;
using Telehealth.AppHost.Dashboard.Telemetry;

namespace Telehealth.AppHost.Dashboard;

/// <summary>Where the dashboard listens, who may use it, and how much telemetry it keeps.</summary>
public sealed record DashboardOptions
{
    /// <summary>0 picks a free port; the handle tells which.</summary>
    public int Port { get; init; }

    /// <summary>Loopback unless configured otherwise: the dashboard can stop services and shows their logs.</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Loopback;

    /// <summary>The token the login link carries; null makes a random one (see <see cref="DashboardHandle.LoginToken"/>).</summary>
    public string? LoginToken { get; init; }

    public TelemetryLimits Telemetry { get; init; } = new();
}
