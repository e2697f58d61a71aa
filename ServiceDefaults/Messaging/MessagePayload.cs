using System.Text.Json;

namespace Telehealth.ServiceDefaults.Messaging;

internal static class MessagePayload
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static object Deserialize(OutboxMessage message, out Type type)
    {
        type = Type.GetType(message.MessageType, throwOnError: true)!;
        return JsonSerializer.Deserialize(message.Payload, type, Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Sequence} has an empty payload.");
    }
}
