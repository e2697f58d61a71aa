namespace Telehealth.Notification.Delivery;

public sealed class DeliveryWorkerOptions
{
    /// <summary>How often each channel's loop looks for due deliveries when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 20;
}
