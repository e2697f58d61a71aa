using System.Collections.Concurrent;
using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Tests.Support;

/// <summary>A channel that records what it was asked to send and answers as the test scripts it (sent, unless told otherwise).</summary>
public sealed class FakeChannel(Channel channel) : IDeliveryChannel
{
    private readonly ConcurrentQueue<SendResult> _script = new();

    public Channel Channel => channel;

    public ConcurrentQueue<OutgoingMessage> Sent { get; } = new();

    public SendResult Otherwise { get; set; } = SendResult.Sent;

    /// <summary>Thrown by the next send instead of answering, as a channel's own bug would.</summary>
    public Exception? ThrowNext { get; set; }

    public void Answer(params SendResult[] results)
    {
        foreach (var result in results)
        {
            _script.Enqueue(result);
        }
    }

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        Sent.Enqueue(message);
        if (ThrowNext is { } exception)
        {
            ThrowNext = null;
            throw exception;
        }
        return Task.FromResult(_script.TryDequeue(out var scripted) ? scripted : Otherwise);
    }
}
