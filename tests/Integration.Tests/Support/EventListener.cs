using System.Collections.Concurrent;
using MassTransit;
using Telehealth.Contracts.Events.V1;
using Telehealth.ServiceDefaults.Messaging;

namespace Telehealth.Integration.Tests.Support;

/// <summary>A bus of the test's own that records the integration events the services publish.</summary>
public sealed class EventListener : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private EventListener(IBusControl bus, ConcurrentQueue<object> received)
    {
        _bus = bus;
        Received = received;
    }

    public ConcurrentQueue<object> Received { get; }

    public static async Task<EventListener> StartAsync(string connectionString)
    {
        var broker = BrokerAddress.Parse(connectionString);
        var received = new ConcurrentQueue<object>();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            rabbit.ReceiveEndpoint("integration-test-listener-" + Guid.NewGuid().ToString("N")[..8], endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                Record<PainFlareDetected>(endpoint, received);
                Record<RedFlagReported>(endpoint, received);
                Record<ProgressionSuggested>(endpoint, received);
                Record<RegressionSuggested>(endpoint, received);
                Record<ReviewRequested>(endpoint, received);
                Record<SessionReported>(endpoint, received);
                Record<ProgrammePrescribed>(endpoint, received);
                Record<ProgrammeAdjusted>(endpoint, received);
                Record<OutcomeRecorded>(endpoint, received);
                Record<ProgrammeHeld>(endpoint, received);
                Record<AlertAcknowledged>(endpoint, received);
            });
        });
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return new EventListener(bus, received);
    }

    public IEnumerable<T> Of<T>() => Received.OfType<T>();

    /// <summary>Waits for an event matching <paramref name="match"/>.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool> match, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            if (Of<T>().FirstOrDefault(match) is { } found)
            {
                return found;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No {typeof(T).Name} arrived in time.");
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private static void Record<T>(IRabbitMqReceiveEndpointConfigurator endpoint, ConcurrentQueue<object> received)
        where T : class =>
        endpoint.Handler<T>(context =>
        {
            received.Enqueue(context.Message);
            return Task.CompletedTask;
        });
}
