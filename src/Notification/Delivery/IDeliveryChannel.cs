namespace Telehealth.Notification.Delivery;

/// <summary>A way out of the service: email or webhook. Sends once; the worker decides about retries.</summary>
public interface IDeliveryChannel
{
    Channel Channel { get; }

    Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
