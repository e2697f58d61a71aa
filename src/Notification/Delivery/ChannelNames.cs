namespace Telehealth.Notification.Delivery;

/// <summary>How channels are named in integration events and metrics.</summary>
public static class ChannelNames
{
    public static string Of(Channel channel) => channel switch
    {
        Channel.InApp => "in-app",
        Channel.Email => "email",
        Channel.Webhook => "webhook",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>Escalations go to the on-call address, not the recipient, and say so.</summary>
    public static string Of(Channel channel, DeliveryPurpose purpose) =>
        purpose == DeliveryPurpose.Escalation ? "on-call-" + Of(channel) : Of(channel);
}
