using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Policies;

/// <summary>A channel outside the app and the address to use on it.</summary>
public readonly record struct OutwardChannel(Channel Channel, string Address);
