using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telehealth.ServiceDefaults.Messaging;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.ServiceDefaults.Tests.Probe;

/// <summary>Builds the miniature service on a SQLite file and a broker, as a real service is built.</summary>
public static class ProbeHost
{
    public static IHost Build(string databaseFile, string brokerConnectionString, string endpointPrefix, bool consume = true)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:probedb"] = $"Data Source={databaseFile}",
            ["ConnectionStrings:messaging"] = brokerConnectionString,
            ["Messaging:EndpointPrefix"] = endpointPrefix,
        });
        builder.Services.AddSingleton<HandlerCount>();
        builder.Services.AddSingleton<BatchSizes>();
        builder.AddServiceDatabase<ProbeDbContext>("probedb");
        builder.AddServiceMessaging<ProbeDbContext>(bus =>
        {
            if (consume)
            {
                bus.AddConsumer<NoteAddedConsumer>();
                bus.AddConsumer<NoteFiledConsumer>(consumer => consumer.Options<BatchOptions>(InboxBatching.ForBursts));
            }
        });
        return builder.Build();
    }

    /// <summary>Starts the host and waits until its consumers' queues are bound, so nothing published is missed.</summary>
    public static async Task StartAndWaitForBusAsync(this IHost host)
    {
        await host.StartAsync();
        var health = await host.Services.GetRequiredService<IBusControl>()
            .WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        if (health != BusHealthStatus.Healthy)
        {
            throw new InvalidOperationException("The bus did not become healthy.");
        }
    }

    /// <summary>Adds notes and their events in one transaction per note.</summary>
    public static async Task AddNotesAsync(IServiceProvider services, IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            db.Notes.Add(new Note { Id = id, Text = "note " + id });
            db.Publish(new NoteAdded(id, "note " + id), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
    }
}
