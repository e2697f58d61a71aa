using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.Progress.Data;
using Telehealth.Progress.Events;
using Telehealth.Progress.Reports;
using Telehealth.ServiceDefaults.Persistence;
using Telehealth.Testing.Messaging;

namespace Telehealth.Progress.Tests.Events;

/// <summary>Progress's consumers on MassTransit's in-memory harness, over a real SQLite file.</summary>
public sealed class ConsumerHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private readonly ConsumeCounter _consumed = new();

    private ConsumerHarness(ServiceProvider services, ITestHarness harness)
    {
        _services = services;
        Harness = harness;
        harness.Bus.ConnectConsumeObserver(_consumed);
    }

    public ITestHarness Harness { get; }

    public static async Task<ConsumerHarness> StartAsync(TimeProvider? clock = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "telehealth-progress-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var services = new ServiceCollection()
            .AddSingleton(clock ?? TimeProvider.System)
            .AddSingleton<AdherenceMonitor>()
            .AddLogging()
            .AddSingleton<GroupCommit<ProgressDbContext>>()
            .AddDbContext<ProgressDbContext>(options => options.UseSqlite($"Data Source={Path.Combine(folder, "progress.db")}"))
            .AddMassTransitTestHarness(bus => bus.AddProgressConsumers())
            .BuildServiceProvider(true);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProgressDbContext>().Database.MigrateAsync();
        }
        var harness = services.GetRequiredService<ITestHarness>();
        await harness.Start();
        return new ConsumerHarness(services, harness) { FolderToDelete = folder };
    }

    private string? FolderToDelete { get; init; }

    /// <summary>
    /// Waits until consumers have finished with <paramref name="count"/> messages of type
    /// <typeparamref name="T"/>, a redelivery of one message id counting again.
    /// </summary>
    public async Task ConsumedAsync<T>(int count = 1)
        where T : class
    {
        var limit = TimeSpan.FromSeconds(90);
        var until = DateTime.UtcNow + limit;
        while (_consumed.Finished<T>() < count)
        {
            Assert.True(DateTime.UtcNow < until, $"Fewer than {count} {typeof(T).Name} were consumed within {limit.TotalSeconds} s.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>Publishes with a chosen message id, as a redelivery would repeat it.</summary>
    public Task PublishAsync<T>(T message, Guid messageId)
        where T : class =>
        Harness.Bus.Publish(message, context => context.MessageId = messageId);

    /// <summary>How progress writes reports that finish together, over this harness's database.</summary>
    public GroupCommit<ProgressDbContext> Commits => _services.GetRequiredService<GroupCommit<ProgressDbContext>>();

    public async Task<TResult> QueryAsync<TResult>(Func<ProgressDbContext, Task<TResult>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProgressDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (FolderToDelete is not null)
        {
            Directory.Delete(FolderToDelete, recursive: true);
        }
    }
}
