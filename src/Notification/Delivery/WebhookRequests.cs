namespace Telehealth.Notification.Delivery;

/// <summary>
/// Marks the webhook client's requests. A webhook's URL is its recipient's address, so these
/// requests are kept out of traces (the HttpClient instrumentation's filter asks <see cref="IsWebhook"/>).
/// </summary>
public static class WebhookRequests
{
    private static readonly HttpRequestOptionsKey<bool> Key = new("Telehealth.Webhook");

    public static void Mark(HttpRequestMessage request) => request.Options.Set(Key, true);

    public static bool IsWebhook(HttpRequestMessage request) => request.Options.TryGetValue(Key, out var marked) && marked;
}
