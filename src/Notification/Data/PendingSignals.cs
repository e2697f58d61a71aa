using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Data;

/// <summary>What a context's saved changes will need to announce once they commit.</summary>
internal sealed class PendingSignals
{
    public HashSet<Guid> Recipients { get; } = [];

    public HashSet<Channel> Channels { get; } = [];

    public bool Any => Recipients.Count > 0 || Channels.Count > 0;

    public void Clear()
    {
        Recipients.Clear();
        Channels.Clear();
    }
}
