using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Telehealth.ServiceDefaults.Telemetry;

namespace Telehealth.ServiceDefaults.Messaging;

/// <summary>An integration event waiting to be published, written with the change that caused it.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    /// <summary>Publication order.</summary>
    public long Sequence { get; private set; }

    /// <summary>The MessageId consumers see, so a second publication of the same row is recognised.</summary>
    public Guid MessageId { get; private set; }

    public string MessageType { get; private set; } = "";

    public string Payload { get; private set; } = "";

    /// <summary>The W3C traceparent of the change, so the consumers' spans join its trace.</summary>
    public string? TraceParent { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public static OutboxMessage For<TEvent>(TEvent integrationEvent, DateTimeOffset occurredAt)
        where TEvent : class => new()
    {
        MessageId = Guid.NewGuid(),
        MessageType = TypeName(integrationEvent.GetType()),
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), MessagePayload.Options),
        TraceParent = TraceSampling.TraceParentOf(Activity.Current),
        OccurredAt = occurredAt,
    };

    public void MarkSent(DateTimeOffset at) => SentAt = at;

    public void MarkFailedAttempt() => Attempts++;

    // Assembly.GetName builds a new AssemblyName on every call.
    private static readonly ConcurrentDictionary<Type, string> TypeNames = new();

    internal static string TypeName(Type type) => TypeNames.GetOrAdd(type, static t => $"{t.FullName}, {t.Assembly.GetName().Name}");
}
