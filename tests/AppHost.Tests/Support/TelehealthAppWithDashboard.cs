using Telehealth.Testing.Aspire;

namespace Telehealth.AppHost.Tests.Support;

/// <summary>The application with the Aspire dashboard, as operators see it; the services export their telemetry to it.</summary>
public sealed class TelehealthAppWithDashboard() : TelehealthApp(configure: null)
{
    protected override bool WithDashboard => true;
}
