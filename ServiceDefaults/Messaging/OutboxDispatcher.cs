using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows a batch at a time, in order, waits for the broker's confirms,
/// then marks them sent. A crash between the two publishes a row again; consumers' inboxes drop the copy.
/// While the broker is away it keeps trying, so nothing committed is lost.
/// The next batch does not wait for the marking: it goes on from the last row the broker
/// confirmed, while the rows confirmed so far are marked sent in one statement beside it.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceProvider services,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    // Events handed to the broker together, then marked sent in one write: a burst (thousands of
    // reminders due at once) goes out in a few rounds rather than one round per hundred.
    private const int BatchSize = 500;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    // A publish caught by a broker restart can wait on a confirm that never comes; give up on it
    // and publish again (the consumers' inboxes drop a copy that did get through).
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(15);
    private static readonly ActivitySource Source = new("Telehealth.Outbox");

    // Rows up to this sequence were confirmed by the broker since the process started; those up to
    // _markedThrough are marked sent. Waiting for each mark before the next batch held every new
    // event (a pain flare's alert among them) behind a write that needs the service's write turn.
    private long _publishedThrough;
    private long _markedThrough;
    private Task _marking = Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WaitForBusAsync(stoppingToken);
        var backoff = PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await PublishBatchAsync(stoppingToken);
                backoff = PollInterval;
                MarkSentBeside();
                if (published == BatchSize)
                {
                    continue;
                }
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Publishing outbox events failed ({ExceptionType}); retrying in {Backoff}", exception.GetType().Name, backoff);
                await Task.Delay(backoff, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
        // What is left unmarked is published again at the next start, and dropped by the inboxes.
        await MarkAllSentAsync();
    }

    // Publishing before the bus has bound its queues would drop events that its own consumers wait for.
    private async Task WaitForBusAsync(CancellationToken stoppingToken)
    {
        var bus = services.GetRequiredService<IBusControl>();
        while (!stoppingToken.IsCancellationRequested
            && await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(5)) != BusHealthStatus.Healthy)
        {
        }
    }

    private async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        var after = _publishedThrough;
        var pending = await db.Outbox
            .Where(m => m.SentAt == null && m.Sequence > after)
            .OrderBy(m => m.Sequence)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }
        // A row is visible once committed, and its commit reaches the disk a moment later (see
        // DurableCommits): an event must not leave before the change that wrote it would survive a power cut.
        if (DurableCommits.For(db.Database.GetDbConnection()) is { } file)
        {
            await file.SyncAsync();
        }
        // Handed to the broker in order without waiting for each confirm, then confirmed together:
        // waiting for every confirm in turn (and saving after each) held each event behind the
        // broker's write of the one before, and capped a service at a few hundred events a second.
        // Consumers already take messages several at a time, so none relies on strict order; a
        // message that fails is published again with the next batch.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        var publishes = pending.Select(message => PublishAsync(publisher, message, timeout.Token)).ToList();
        try
        {
            await Task.WhenAll(publishes);
        }
        catch
        {
            // Earlier batches' rows are marked first; then every row not sent is read again.
            await MarkAllSentAsync();
            _publishedThrough = 0;
            var at = clock.GetUtcNow();
            for (var i = 0; i < pending.Count; i++)
            {
                if (publishes[i].IsCompletedSuccessfully)
                {
                    pending[i].MarkSent(at);
                }
                else
                {
                    pending[i].MarkFailedAttempt();
                }
            }
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        _publishedThrough = pending[^1].Sequence;
        return pending.Count;
    }

    private void MarkSentBeside()
    {
        if (_marking.IsCompleted && _publishedThrough > _markedThrough)
        {
            _marking = MarkSentAsync();
        }
    }

    /// <summary>Waits for the mark under way, then marks what the broker confirmed since.</summary>
    private async Task MarkAllSentAsync()
    {
        await _marking;
        await MarkSentAsync();
    }

    /// <summary>Marks every row the broker confirmed so far sent, in one statement under the write turn.</summary>
    private async Task MarkSentAsync()
    {
        var (from, through) = (_markedThrough, _publishedThrough);
        if (through <= from)
        {
            return;
        }
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var at = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            await db.Outbox
                .Where(m => m.Sequence > from && m.Sequence <= through && m.SentAt == null)
                .ExecuteUpdateAsync(row => row.SetProperty(m => m.SentAt, at), CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            _markedThrough = through;
        }
        catch (Exception exception)
        {
            // The next mark covers these rows too; until then they would only be published again after a restart.
            logger.LogWarning("Marking outbox events sent failed ({ExceptionType})", exception.GetType().Name);
        }
    }

    private static async Task PublishAsync(IPublishEndpoint publisher, OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = MessagePayload.Deserialize(message, out var type);
        // Continue the trace of the change that wrote the event.
        ActivityContext.TryParse(message.TraceParent, null, isRemote: true, out var parent);
        using var activity = Source.StartActivity("outbox publish", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.MessageId);
        await publisher.Publish(payload, type, context => context.MessageId = message.MessageId, cancellationToken);
    }
}
