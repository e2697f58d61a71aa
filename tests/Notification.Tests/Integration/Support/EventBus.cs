using System.Collections.Concurrent;
using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Notification.Tests.Integration.Support;

/// <summary>A bus of the test's own on the broker: publishes the events other services would, and records what the notification service announces.</summary>
public sealed class EventBus : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private EventBus(IBusControl bus, ConcurrentQueue<object> received)
    {
        _bus = bus;
        Received = received;
    }

    public ConcurrentQueue<object> Received { get; }

    public static async Task<EventBus> StartAsync(string connectionString)
    {
        var broker = BrokerAddress.Parse(connectionString);
        var received = new ConcurrentQueue<object>();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
                host.PublisherConfirmation = true;
            });
            rabbit.ReceiveEndpoint("notification-test-listener-" + Guid.NewGuid().ToString("N")[..8], endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                Record<NotificationDelivered>(endpoint, received);
                Record<NotificationFailed>(endpoint, received);
            });
        });
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return new EventBus(bus, received);
    }

    /// <summary>Publishes with broker confirms, under a fresh message id unless one is given (a redelivery repeats one).</summary>
    public Task PublishAsync<T>(T message, Guid? messageId = null)
        where T : class =>
        _bus.Publish(message, context => context.MessageId = messageId ?? Guid.NewGuid());

    public IEnumerable<T> Of<T>() => Received.OfType<T>();

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private static void Record<T>(IRabbitMqReceiveEndpointConfigurator endpoint, ConcurrentQueue<object> received)
        where T : class =>
        endpoint.Handler<T>(context =>
        {
            received.Enqueue(context.Message);
            return Task.CompletedTask;
        });
}
