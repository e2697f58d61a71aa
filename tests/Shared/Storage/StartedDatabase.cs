using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Testing.Storage;

/// <summary>
/// A database file opened as the service opens it at start: AddServiceDatabase's connection,
/// interceptors and migrator, run by a host that starts nothing else.
/// </summary>
public sealed class StartedDatabase<TContext> : IAsyncDisposable
    where TContext : ServiceDbContext
{
    private readonly IHost _host;

    private StartedDatabase(IHost host) => _host = host;

    /// <param name="name">The service's connection string name, e.g. "progressdb".</param>
    public static async Task<StartedDatabase<TContext>> StartAsync(string file, string name)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = Path.GetDirectoryName(file),
        });
        builder.Configuration["ConnectionStrings:" + name] = $"Data Source={file}";
        builder.AddServiceDatabase<TContext>(name);
        var host = builder.Build();
        await host.StartAsync();
        return new StartedDatabase<TContext>(host);
    }

    /// <summary>Runs <paramref name="work"/> on a context of its own, as one request would.</summary>
    public async Task UseAsync(Func<TContext, Task> work)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        // Closes the pooled connections, so the file is checkpointed and free to delete.
        SqliteConnection.ClearAllPools();
    }
}
