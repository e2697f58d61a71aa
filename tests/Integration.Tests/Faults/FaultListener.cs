using System.Collections.Concurrent;
using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Integration.Tests.Faults;

/// <summary>
/// A bus of the test's own, on a durable queue (it outlives a broker restart), that counts every
/// delivery of the events under test by message id: what went through the broker, copies included.
/// </summary>
public sealed class FaultListener : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private FaultListener(IBusControl bus) => _bus = bus;

    /// <summary>Deliveries per message id.</summary>
    public ConcurrentDictionary<Guid, int> SessionReported { get; } = new();

    public ConcurrentDictionary<Guid, int> SessionReminderDue { get; } = new();

    public static async Task<FaultListener> StartAsync(string connectionString)
    {
        var broker = BrokerAddress.Parse(connectionString);
        FaultListener? listener = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            rabbit.ReceiveEndpoint("fault-test-listener", endpoint =>
            {
                endpoint.Durable = true;
                endpoint.AutoDelete = false;
                endpoint.Handler<SessionReported>(context => Count(listener!.SessionReported, context.MessageId));
                endpoint.Handler<SessionReminderDue>(context => Count(listener!.SessionReminderDue, context.MessageId));
            });
        });
        listener = new FaultListener(bus);
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _bus.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static Task Count(ConcurrentDictionary<Guid, int> deliveries, Guid? messageId)
    {
        deliveries.AddOrUpdate(messageId ?? Guid.Empty, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
