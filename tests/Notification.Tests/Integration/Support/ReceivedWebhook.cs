using System.Text.Json;

namespace Telehealth.Notification.Tests.Integration.Support;

/// <summary>One POST a webhook receiver got, with what its signature check found.</summary>
public sealed record ReceivedWebhook(string Key, string DeliveryId, JsonElement Payload, string RawBody, bool SignatureValid)
{
    public string Subject => Payload.GetProperty("subject").GetString() ?? "";

    public string Body => Payload.GetProperty("body").GetString() ?? "";

    public string? NotificationId => Payload.GetProperty("notificationId").GetString();
}
