using System.Collections.Concurrent;
using MassTransit;

namespace Telehealth.Scheduling.Tests.Support;

/// <summary>Counts every time a consumer finishes with a message id, redeliveries included (the harness lists an id once).</summary>
public sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _finished = new();
    private readonly ConcurrentDictionary<Guid, Exception> _faults = new();

    public int Finished(Guid messageId) => _finished.GetValueOrDefault(messageId);

    public Exception? Fault(Guid messageId) => _faults.GetValueOrDefault(messageId);

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

    private void Count(ConsumeContext context)
    {
        if (context.MessageId is { } id)
        {
            _finished.AddOrUpdate(id, 1, (_, count) => count + 1);
        }
    }
}
