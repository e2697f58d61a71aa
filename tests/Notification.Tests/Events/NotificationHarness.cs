using System.Collections.Concurrent;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Telehealth.Notification.Data;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Events;
using Telehealth.Notification.Inbox;
using Telehealth.Notification.Tests.Support;
using Telehealth.Testing.Messaging;

namespace Telehealth.Notification.Tests.Events;

/// <summary>
/// The notification service's consumers on MassTransit's in-memory harness, over a real SQLite
/// file, with a hand-moved clock, fake outward channels, and the workers run one pass at a time.
/// </summary>
public sealed class NotificationHarness : IAsyncDisposable
{
    public const string OnCall = "on-call@clinic.example";

    // The consumers of each message type, found once: the waits ask every few milliseconds.
    private static readonly ConcurrentDictionary<Type, List<string>> ConsumersOf = new();

    private readonly ServiceProvider _services;
    private readonly string _folder;
    private readonly FakeChannel? _webhook;
    private readonly ConsumeCounter _consumed = new();

    private NotificationHarness(ServiceProvider services, string folder, ManualClock clock)
    {
        _services = services;
        _folder = folder;
        Clock = clock;
        Harness = services.GetRequiredService<ITestHarness>();
        Email = (FakeChannel)services.GetServices<IDeliveryChannel>().Single(c => c.Channel == Channel.Email);
        _webhook = services.GetServices<IDeliveryChannel>().Single(c => c.Channel == Channel.Webhook) as FakeChannel;
        Deliveries = services.GetRequiredService<DeliveryWorker>();
        Escalations = services.GetRequiredService<EscalationWorker>();
        Harness.Bus.ConnectConsumeObserver(_consumed);
    }

    public ManualClock Clock { get; }

    public ITestHarness Harness { get; }

    public FakeChannel Email { get; }

    /// <summary>The fake webhook channel (unless the harness was started to send webhooks for real).</summary>
    public FakeChannel Webhook => _webhook ?? throw new InvalidOperationException("This harness sends webhooks over HTTP.");

    public IServiceProvider Services => _services;

    public DeliveryWorker Deliveries { get; }

    public EscalationWorker Escalations { get; }

    /// <param name="settings">Configuration over the harness's own.</param>
    /// <param name="sendWebhooks">Keep the service's own webhook channel (a real HttpClient) instead of a fake.</param>
    /// <param name="configure">Changes to the services, applied last.</param>
    public static async Task<NotificationHarness> StartAsync(
        DateTimeOffset now, IDictionary<string, string?>? settings = null, bool sendWebhooks = false, Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "telehealth-notification-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notification:Webhook:SigningSecret"] = "a-test-secret-long-enough",
            ["Notification:Escalation:OnCallEmail"] = OnCall,
            ["Notification:Escalation:Delay"] = "00:15:00",
            ["Notification:Retry:MaxAttempts"] = "3",
            ["Notification:Retry:InitialDelay"] = "00:00:10",
            ["Notification:Retry:MaxDelay"] = "00:01:00",
            ["Notification:RateLimit:MaxPerWindow"] = "3",
            ["Notification:RateLimit:Window"] = "01:00:00",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();

        var clock = new ManualClock(now);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddNotificationCore(configuration);
        services.RemoveAll<IDeliveryChannel>();
        services.AddSingleton<IDeliveryChannel>(new FakeChannel(Channel.Email));
        if (sendWebhooks)
        {
            services.AddTransient<IDeliveryChannel>(provider => provider.GetRequiredService<WebhookChannel>());
        }
        else
        {
            services.AddSingleton<IDeliveryChannel>(new FakeChannel(Channel.Webhook));
        }
        services.AddSingleton<DeliveryWorker>();
        services.AddSingleton<EscalationWorker>();
        services.AddDbContext<NotificationDbContext>(options => options.UseSqlite($"Data Source={Path.Combine(folder, "notification.db")}"));
        services.AddMassTransitTestHarness(bus => bus.AddNotificationConsumers());
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(validateScopes: true);
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationDbContext>().Database.MigrateAsync();
        }
        var harness = new NotificationHarness(provider, folder, clock);
        await harness.Harness.Start();
        return harness;
    }

    /// <summary>Publishes under a chosen message id (as a redelivery repeats it) and waits until every consumer of it has finished with it.</summary>
    public async Task PublishAsync<T>(T message, Guid? messageId = null)
        where T : class
    {
        var id = messageId ?? Guid.NewGuid();
        var before = _consumed.Finished(id);
        await Harness.Bus.Publish(message, context => context.MessageId = id);
        await WaitUntilHandledAsync<T>(id, before, DateTime.UtcNow.AddSeconds(15), $"{typeof(T).Name} was not consumed in time.");
    }

    /// <summary>Publishes every message at once (a burst, as reminders due together arrive), each under its own message id, and waits until all are handled.</summary>
    public async Task PublishAllAsync<T>(IReadOnlyList<T> messages)
        where T : class
    {
        var ids = messages.Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(messages.Select((message, i) => Harness.Bus.Publish(message, context => context.MessageId = ids[i])));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        foreach (var id in ids)
        {
            await WaitUntilHandledAsync<T>(id, 0, deadline, $"{messages.Count} {typeof(T).Name} messages were not all consumed in time.");
        }
    }

    /// <summary>
    /// Publishes a message id the consumers have seen before (a broker redelivery) and waits until
    /// they have finished with it again and the bus has gone quiet.
    /// </summary>
    public async Task RedeliverAsync<T>(T message, Guid messageId)
        where T : class
    {
        var before = _consumed.Finished(messageId);
        await Harness.Bus.Publish(message, context => context.MessageId = messageId);
        await WaitUntilHandledAsync<T>(messageId, before, DateTime.UtcNow.AddSeconds(15), $"The redelivered {typeof(T).Name} was not consumed in time.");
        await Harness.InactivityTask;
    }

    public async Task<TResult> QueryAsync<TResult>(Func<NotificationDbContext, Task<TResult>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotificationDbContext>());
    }

    /// <summary>Runs a use case of the API in its own scope, as a call would.</summary>
    public async Task<TResult> CallAsync<TService, TResult>(Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<TResult> InboxAsync<TResult>(Func<InboxActions, Task<TResult>> call) => CallAsync(call);

    /// <summary>Stores preferences as the recipient would have set them.</summary>
    public Task SeedRecipientAsync(Recipient recipient) => QueryAsync(async db =>
    {
        db.Recipients.Add(recipient);
        return await db.SaveChangesAsync();
    });

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    // Waits until the consumers have finished with the message more than `before` times and every
    // consumer has committed it; fails on a fault, or at the deadline with `timedOut`.
    private async Task WaitUntilHandledAsync<T>(Guid messageId, int before, DateTime deadline, string timedOut)
        where T : class
    {
        while (_consumed.Finished(messageId) <= before || !await HandledByEveryConsumerAsync<T>(messageId))
        {
            Assert.True(DateTime.UtcNow < deadline, timedOut);
            await Task.Delay(10);
        }
        var failure = _consumed.Fault(messageId);
        Assert.True(failure is null, $"Consuming {typeof(T).Name} failed: {failure}");
    }

    // Each consumer's inbox row says it has committed its work (a fault ends the wait at once).
    private async Task<bool> HandledByEveryConsumerAsync<T>(Guid messageId)
        where T : class
    {
        if (_consumed.Fault(messageId) is not null)
        {
            return true;
        }
        var consumers = ConsumersOf.GetOrAdd(typeof(T), _ => typeof(NotificationConsumers).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && (typeof(IConsumer<T>).IsAssignableFrom(type) || typeof(IConsumer<Batch<T>>).IsAssignableFrom(type)))
            .Select(type => type.Name)
            .ToList());
        var handled = await QueryAsync(db => db.Inbox.CountAsync(m => m.MessageId == messageId && consumers.Contains(m.Consumer)));
        return handled == consumers.Count;
    }
}
