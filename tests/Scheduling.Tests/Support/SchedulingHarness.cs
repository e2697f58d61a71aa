using System.Text.Json;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telehealth.Scheduling.Appointments;
using Telehealth.Scheduling.Data;
using Telehealth.Scheduling.Diagnostics;
using Telehealth.Scheduling.Events;
using Telehealth.Scheduling.Schedules;
using Telehealth.Scheduling.Timers;
using Telehealth.Testing.Messaging;

namespace Telehealth.Scheduling.Tests.Support;

/// <summary>
/// Scheduling's consumers on MassTransit's in-memory harness and its timers, over a real SQLite
/// file, with a clock the test moves.
/// </summary>
public sealed class SchedulingHarness : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ServiceProvider _services;
    private readonly string _folder;
    private readonly ConsumeCounter _consumed = new();

    private SchedulingHarness(ServiceProvider services, ITestHarness harness, ManualClock clock, string folder)
    {
        _services = services;
        Harness = harness;
        Clock = clock;
        _folder = folder;
        harness.Bus.ConnectConsumeObserver(_consumed);
    }

    public ITestHarness Harness { get; }

    public ManualClock Clock { get; }

    public string DatabaseFile => Path.Combine(_folder, "scheduling.db");

    public static async Task<SchedulingHarness> StartAsync(DateTimeOffset now, Action<SchedulingOptions>? configure = null, CrashingSaves? crash = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "telehealth-scheduling-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = new ManualClock(now);
        var options = new SchedulingOptions();
        configure?.Invoke(options);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(Options.Create(options))
            .AddMetrics()
            .AddLogging()
            .AddSingleton<SchedulingMetrics>()
            .AddDbContext<SchedulingDbContext>(db =>
            {
                db.UseSqlite($"Data Source={Path.Combine(folder, "scheduling.db")}");
                if (crash is not null)
                {
                    db.AddInterceptors(crash);
                }
            })
            .AddScoped<PatientPlanning>()
            .AddScoped<TimerFiring>()
            .AddScoped<BookingCalendar>()
            .AddScoped<ReviewOffers>()
            .AddScoped<PreferencesSubmission>()
            .AddMassTransitTestHarness(bus => bus.AddSchedulingConsumers())
            .BuildServiceProvider(true);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().Database.MigrateAsync();
        }
        var harness = services.GetRequiredService<ITestHarness>();
        await harness.Start();
        return new SchedulingHarness(services, harness, clock, folder);
    }

    /// <summary>Publishes, and waits until the consumer has handled it (failing the test if it faulted).</summary>
    public Task DeliverAsync<T>(T message, Guid? messageId = null)
        where T : class => _consumed.DeliverAsync(Harness.Bus, message, messageId);

    /// <summary>Publishes every message at once, as a burst of reports arrives, and waits until each has been handled.</summary>
    public async Task DeliverAllAsync<T>(IReadOnlyList<T> messages)
        where T : class
    {
        var ids = messages.Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(messages.Select((message, i) => Harness.Bus.Publish(message, context => context.MessageId = ids[i])));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (ids.Any(id => _consumed.Finished(id) == 0))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{ids.Count(id => _consumed.Finished(id) == 0)} of {ids.Count} {typeof(T).Name} messages were not consumed.");
            await Task.Delay(10);
        }
        Assert.All(ids, id => Assert.Null(_consumed.Fault(id)));
    }

    public async Task<TResult> QueryAsync<TResult>(Func<SchedulingDbContext, Task<TResult>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SchedulingDbContext>());
    }

    public async Task ChangeAsync(Func<SchedulingDbContext, Task> change)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    public async Task<TResult> UseAsync<TService, TResult>(Func<TService, Task<TResult>> use)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Runs a use case in a scope of its own and saves what it changed.</summary>
    public async Task RunAsync<TService>(Func<TService, Task> use)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        await use(scope.ServiceProvider.GetRequiredService<TService>());
        await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().SaveChangesAsync();
    }

    /// <summary>Fires whatever is due at the clock's now, as the dispatcher would.</summary>
    public Task<int> FireDueTimersAsync() => UseAsync<TimerFiring, int>(firing => firing.FireDueAsync(Clock.GetUtcNow(), CancellationToken.None));

    /// <summary>The events of a type written to the outbox, in order.</summary>
    public Task<List<T>> OutboxAsync<T>() => QueryAsync(async db =>
        (await db.Outbox.AsNoTracking().Where(m => m.MessageType.StartsWith(typeof(T).FullName!)).OrderBy(m => m.Sequence).ToListAsync())
            .Select(m => JsonSerializer.Deserialize<T>(m.Payload, Json)!)
            .ToList());

    public Task<List<DurableTimer>> PendingTimersAsync(Guid patientId) => QueryAsync(db =>
        db.Timers.AsNoTracking().Where(t => t.PatientId == patientId && t.State == TimerState.Pending).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
