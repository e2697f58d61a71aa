namespace Telehealth.ServiceDefaults.Messaging;

/// <summary>A message a consumer has handled; a redelivery of the same id is skipped.</summary>
public sealed class InboxMessage
{
    private InboxMessage()
    {
    }

    public InboxMessage(Guid messageId, string consumer, DateTimeOffset handledAt)
    {
        MessageId = messageId;
        Consumer = consumer;
        HandledAt = handledAt;
    }

    public Guid MessageId { get; private set; }

    public string Consumer { get; private set; } = "";

    public DateTimeOffset HandledAt { get; private set; }
}
