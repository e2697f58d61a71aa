using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telehealth.ServiceDefaults.Tests.Probe;

namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>The probe service's database with the services' interceptors, in WAL mode, for tests of how writers share a file.</summary>
internal static class WriterHost
{
    public static async Task<IHost> StartAsync(TemporaryDatabase database, string name)
    {
        // No broker is needed: nothing here publishes, and the bus is never started.
        var host = ProbeHost.Build(database.File, "amqp://guest:guest@127.0.0.1:1/", name + "-" + Guid.NewGuid().ToString("N"), consume: false);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await db.Database.EnsureCreatedAsync();
        return host;
    }

    public static async Task AddNoteAsync(this IHost host, Guid id, string text = "note")
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        db.Notes.Add(new Note { Id = id, Text = text });
        await db.SaveChangesAsync();
    }

    public static async Task<int> CountNotesAsync(this IHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Notes.CountAsync();
    }
}
