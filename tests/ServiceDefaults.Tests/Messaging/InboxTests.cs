using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.ServiceDefaults.Tests.Probe;
using Telehealth.ServiceDefaults.Tests.Support;
using Telehealth.Testing.Messaging;

namespace Telehealth.ServiceDefaults.Tests.Messaging;

[Collection(BrokerCollection.Name)]
public sealed class InboxTests(BrokerFixture broker)
{
    [Fact]
    public async Task The_same_message_delivered_twice_is_handled_once()
    {
        using var database = new TemporaryDatabase();
        using var host = ProbeHost.Build(database.File, broker.Node.ConnectionString, "inbox" + Guid.NewGuid().ToString("N")[..8]);
        var consumed = new ConsumeCounter();
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        await host.StartAndWaitForBusAsync();
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            var messageId = Guid.NewGuid();
            var note = new NoteAdded(Guid.NewGuid(), "twice");
            await bus.Publish(note, context => context.MessageId = messageId);
            await bus.Publish(note, context => context.MessageId = messageId);
            await bus.Publish(new NoteAdded(Guid.NewGuid(), "other"), context => context.MessageId = Guid.NewGuid());

            await Eventually.TrueAsync(() => Task.FromResult(consumed.Finished<NoteAdded>() == 3), "all three deliveries consumed");

            Assert.Null(consumed.Fault(messageId));
            Assert.Equal(2, await ReceivedAsync(host.Services));
            Assert.Equal(2, host.Services.GetRequiredService<HandlerCount>().Value);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<int> ReceivedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Received.CountAsync();
    }
}
