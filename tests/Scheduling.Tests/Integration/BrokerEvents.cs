using System.Collections.Concurrent;
using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>
/// The test's own bus on the broker: publishes what prescription and progress would, and records
/// every event scheduling publishes, each delivery counted (a duplicate would show twice).
/// </summary>
public sealed class BrokerEvents : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<(Guid? MessageId, object Message)> _received;

    private BrokerEvents(IBusControl bus, ConcurrentQueue<(Guid?, object)> received)
    {
        _bus = bus;
        _received = received;
    }

    public static async Task<BrokerEvents> StartAsync(string connectionString)
    {
        var broker = BrokerAddress.Parse(connectionString);
        var received = new ConcurrentQueue<(Guid?, object)>();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            rabbit.ReceiveEndpoint("scheduling-test-listener-" + Guid.NewGuid().ToString("N")[..8], endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                Record<SessionReminderDue>(endpoint, received);
                Record<SessionMissed>(endpoint, received);
                Record<MovementBreakDue>(endpoint, received);
                Record<AppointmentBooked>(endpoint, received);
                Record<AppointmentRescheduled>(endpoint, received);
                Record<AppointmentCancelled>(endpoint, received);
                Record<AppointmentReminderDue>(endpoint, received);
            });
        });
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return new BrokerEvents(bus, received);
    }

    public Task PublishAsync<T>(T message)
        where T : class => _bus.Publish(message);

    public IReadOnlyList<T> Of<T>(Func<T, bool> match) => _received.Select(r => r.Message).OfType<T>().Where(match).ToList();

    public async Task<T> WaitForAsync<T>(Func<T, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (Of(match).FirstOrDefault() is { } found)
            {
                return found;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No {typeof(T).Name} arrived within {timeout.TotalSeconds} s.");
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private static void Record<T>(IRabbitMqReceiveEndpointConfigurator endpoint, ConcurrentQueue<(Guid?, object)> received)
        where T : class =>
        endpoint.Handler<T>(context =>
        {
            received.Enqueue((context.MessageId, context.Message));
            return Task.CompletedTask;
        });
}
