using Telehealth.Notification.Composition;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Recipients;

namespace Telehealth.Notification.Policies;

/// <summary>The outward channels (beyond the in-app inbox, which is always used) a notification goes by.</summary>
public static class ChannelPlan
{
    public static IReadOnlyList<OutwardChannel> For(Priority priority, RecipientPreferences preferences)
    {
        var channels = new List<OutwardChannel>(2);
        if (priority == Priority.Low)
        {
            return channels;
        }
        // Urgent news uses every address the recipient left, even on a channel they turned off.
        var urgent = priority == Priority.Urgent;
        if (!string.IsNullOrEmpty(preferences.Email) && (urgent || preferences.EmailEnabled))
        {
            channels.Add(new OutwardChannel(Channel.Email, preferences.Email));
        }
        if (!string.IsNullOrEmpty(preferences.WebhookUrl) && (urgent || preferences.WebhookEnabled))
        {
            channels.Add(new OutwardChannel(Channel.Webhook, preferences.WebhookUrl));
        }
        return channels;
    }
}
