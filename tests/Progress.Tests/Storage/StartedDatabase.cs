using Telehealth.Testing.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telehealth.Progress.Data;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Progress.Tests.Storage;

/// <summary>
/// A database file opened as the service opens it at start: AddServiceDatabase's connection,
/// interceptors and migrator, run by a host that starts nothing else.
/// </summary>
public sealed class StartedDatabase : IAsyncDisposable
{
    private const string Name = "progressdb";
    private readonly IHost _host;

    private StartedDatabase(IHost host) => _host = host;

    public static async Task<StartedDatabase> StartAsync(string file)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = Path.GetDirectoryName(file),
        });
        builder.Configuration["ConnectionStrings:" + Name] = $"Data Source={file}";
        builder.AddServiceDatabase<ProgressDbContext>(Name);
        var host = builder.Build();
        await host.StartAsync();
        return new StartedDatabase(host);
    }

    /// <summary>Runs <paramref name="work"/> on a context of its own, as one request would.</summary>
    public async Task UseAsync(Func<ProgressDbContext, Task> work)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<ProgressDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        // Closes the pooled connections, so the file is checkpointed and free to delete.
        SqliteConnection.ClearAllPools();
    }
}
