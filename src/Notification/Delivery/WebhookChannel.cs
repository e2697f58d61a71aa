using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Telehealth.Notification.Delivery;

/// <summary>A signed JSON POST to the recipient's SMS or push gateway.</summary>
public sealed class WebhookChannel(HttpClient http, IOptions<WebhookOptions> options, TimeProvider clock) : IDeliveryChannel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Channel Channel => Channel.Webhook;

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var sentAt = clock.GetUtcNow().ToUnixTimeSeconds();
        var body = JsonSerializer.SerializeToUtf8Bytes(new WebhookPayload(
            message.DeliveryId, message.NotificationId, message.RecipientId,
            message.Purpose.ToString().ToLowerInvariant(), message.Priority.ToString().ToLowerInvariant(),
            message.Subject, message.Body, sentAt), Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, message.Address) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(body, settings.SigningSecret));
        request.Headers.Add(WebhookSignature.TimestampHeader, sentAt.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.DeliveryIdHeader, message.DeliveryId.ToString());
        WebhookRequests.Mark(request);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return Classify(response.StatusCode);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Transient("timeout");
        }
        catch (HttpRequestException exception) when (RefusedTarget(exception))
        {
            // The address will not become public by waiting: a permanent failure, in words that name no address.
            return SendResult.Refused(NonPublicTargetException.Reason);
        }
        catch (HttpRequestException exception)
        {
            return SendResult.Transient($"connection {exception.HttpRequestError}");
        }
    }

    private static bool RefusedTarget(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is NonPublicTargetException)
            {
                return true;
            }
        }
        return false;
    }

    // Redirects are not followed (the address is the recipient's, not whoever it points to):
    // a 3xx is a refusal like any other answer that is neither success nor worth retrying.
    private static SendResult Classify(HttpStatusCode status)
    {
        var code = (int)status;
        var error = $"http {code}";
        return code switch
        {
            >= 200 and < 300 => SendResult.Sent,
            408 or 425 or 429 or >= 500 => SendResult.Transient(error),
            _ => SendResult.Refused(error),
        };
    }
}
