using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telehealth.ServiceDefaults.Tests.Probe;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Messaging;

/// <summary>A burst that waits in the queue is taken in batches, and still each message id is handled once.</summary>
[Collection(BrokerCollection.Name)]
public sealed class InboxBatchTests(BrokerFixture broker)
{
    private const int Burst = 40;

    [Fact]
    public async Task A_burst_is_handled_in_batches_each_message_once_even_when_it_comes_again()
    {
        using var database = new TemporaryDatabase();
        var prefix = "batch" + Guid.NewGuid().ToString("N")[..8];
        // The first start makes and binds the queue; the burst then waits in it while nothing
        // consumes, so the consumer meets it whole, as it would thousands of reminders due at once.
        await StartAndStopAsync(ProbeHost.Build(database.File, broker.Node.ConnectionString, prefix));
        var burst = Enumerable.Range(0, Burst).Select(_ => (MessageId: Guid.NewGuid(), Note: new NoteFiled(Guid.NewGuid()))).ToList();
        await PublishAsync(prefix, burst);

        using (var consumer = ProbeHost.Build(database.File, broker.Node.ConnectionString, prefix))
        {
            await consumer.StartAndWaitForBusAsync();
            await Eventually.TrueAsync(async () => await ReceivedAsync(consumer.Services) == Burst, $"all {Burst} notes were handled");
            // Stopping the bus waits for the batch under way to finish.
            await consumer.StopAsync();

            Assert.Equal(Burst, consumer.Services.GetRequiredService<HandlerCount>().Value);
            Assert.Equal(Burst, Sizes(consumer).Sum());
            Assert.True(Sizes(consumer).Max() > 1, $"the waiting burst was taken one message at a time: {string.Join(", ", Sizes(consumer))}");
            Assert.All(Sizes(consumer), size => Assert.InRange(size, 1, 50));
        }

        // Later, one of them again (a redelivery after a lost acknowledgement) ahead of a new one.
        var late = (MessageId: Guid.NewGuid(), Note: new NoteFiled(Guid.NewGuid()));
        await PublishAsync(prefix, [burst[^1], late]);
        using (var consumer = ProbeHost.Build(database.File, broker.Node.ConnectionString, prefix))
        {
            await consumer.StartAndWaitForBusAsync();
            await Eventually.TrueAsync(async () => await ReceivedAsync(consumer.Services) == Burst + 1, "the new note was handled");
            await consumer.StopAsync();

            Assert.Equal(1, consumer.Services.GetRequiredService<HandlerCount>().Value);
            Assert.Equal(Burst + 1, await ReceivedAsync(consumer.Services));
        }
        Assert.Equal(burst.Select(m => m.Note.NoteId).Append(late.Note.NoteId).Order(), await NoteIdsAsync(database.File, broker.Node.ConnectionString, prefix));
    }

    private async Task PublishAsync(string prefix, IEnumerable<(Guid MessageId, NoteFiled Note)> messages)
    {
        using var database = new TemporaryDatabase();
        using var publisher = ProbeHost.Build(database.File, broker.Node.ConnectionString, prefix, consume: false);
        await publisher.StartAndWaitForBusAsync();
        var bus = publisher.Services.GetRequiredService<IBus>();
        foreach (var (messageId, note) in messages)
        {
            await bus.Publish(note, context => context.MessageId = messageId);
        }
        await publisher.StopAsync();
    }

    private static async Task StartAndStopAsync(IHost host)
    {
        using (host)
        {
            await host.StartAndWaitForBusAsync();
            await host.StopAsync();
        }
    }

    private static List<int> Sizes(IHost host) => [.. host.Services.GetRequiredService<BatchSizes>().Values];

    private static async Task<int> ReceivedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Received.CountAsync();
    }

    private static async Task<List<Guid>> NoteIdsAsync(string databaseFile, string broker, string prefix)
    {
        using var host = ProbeHost.Build(databaseFile, broker, prefix, consume: false);
        await using var scope = host.Services.CreateAsyncScope();
        var received = await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Received.Select(r => r.NoteId).ToListAsync();
        return [.. received.Order()];
    }
}
