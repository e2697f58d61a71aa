using System.Collections.Concurrent;
using MassTransit;

namespace Telehealth.Testing.Messaging;

/// <summary>
/// Counts every time the consumers finish with a message, faults and redeliveries included, by
/// message id and by message type. Tests wait on these counts rather than on the harness's own
/// synchronous <c>Consumed.Select</c>, which lists an id once and could block for good on a busy
/// machine (disposing its wait's cancellation registration while the callback ran).
/// </summary>
internal sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _byId = new();
    private readonly ConcurrentDictionary<Type, int> _byType = new();
    private readonly ConcurrentDictionary<Guid, Exception> _faults = new();

    public int Finished(Guid messageId) => _byId.GetValueOrDefault(messageId);

    public int Finished<T>() => _byType.GetValueOrDefault(typeof(T));

    public Exception? Fault(Guid messageId) => _faults.GetValueOrDefault(messageId);

    /// <summary>
    /// Publishes under a message id (a new one unless given, as a redelivery repeats it) and waits
    /// until the consumers have finished with it once more, failing the test if it faulted.
    /// </summary>
    public async Task DeliverAsync<T>(IBus bus, T message, Guid? messageId = null)
        where T : class
    {
        var id = messageId ?? Guid.NewGuid();
        var before = Finished(id);
        await bus.Publish(message, context => context.MessageId = id);
        var limit = TimeSpan.FromSeconds(30);
        var deadline = DateTime.UtcNow + limit;
        while (Finished(id) == before)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{typeof(T).Name} was not consumed within {limit.TotalSeconds} s.");
            await Task.Delay(10);
        }
        Assert.Null(Fault(id));
    }

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        Count(context);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        if (context.MessageId is { } id)
        {
            _faults[id] = exception;
        }
        Count(context);
        return Task.CompletedTask;
    }

    private void Count<T>(ConsumeContext<T> context)
        where T : class
    {
        _byType.AddOrUpdate(typeof(T), 1, (_, count) => count + 1);
        if (context.MessageId is { } id)
        {
            _byId.AddOrUpdate(id, 1, (_, count) => count + 1);
        }
    }
}
