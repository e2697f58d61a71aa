using Microsoft.Extensions.Hosting;

namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>Tests of how writers share the probe's database: a fresh file and host for each test, removed after it.</summary>
public abstract class WriterHostTest(string name) : IAsyncLifetime
{
    private IHost? _host;

    protected TemporaryDatabase Database { get; } = new();

    protected IHost Host => _host ?? throw new InvalidOperationException("The host is started before each test.");

    public async Task InitializeAsync() => _host = await WriterHost.StartAsync(Database, name);

    public Task DisposeAsync()
    {
        _host?.Dispose();
        Database.Dispose();
        return Task.CompletedTask;
    }
}
