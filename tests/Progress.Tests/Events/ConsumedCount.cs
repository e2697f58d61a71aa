using System.Collections.Concurrent;
using MassTransit;

namespace Telehealth.Progress.Tests.Events;

/// <summary>
/// How many messages of each type the consumers finished with, faults included. The harness's
/// own synchronous <c>Consumed.Select</c> could block for good on a busy machine (disposing its
/// wait's cancellation registration while the callback ran), so waits count here instead.
/// </summary>
public sealed class ConsumedCount : IConsumeObserver
{
    private readonly ConcurrentDictionary<Type, int> _finished = new();

    public int Of<T>() => _finished.GetValueOrDefault(typeof(T));

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        _finished.AddOrUpdate(typeof(T), 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        _finished.AddOrUpdate(typeof(T), 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
