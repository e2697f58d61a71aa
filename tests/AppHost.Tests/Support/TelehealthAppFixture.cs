using Telehealth.Testing.Aspire;

namespace Telehealth.AppHost.Tests.Support;

/// <summary>The application as the AppHost models it, nothing added: the services export to the tests' OTLP receiver.</summary>
public sealed class TelehealthAppFixture() : TelehealthApp(configure: null);
