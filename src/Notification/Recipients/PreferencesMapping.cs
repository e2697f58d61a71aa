using Google.Protobuf.WellKnownTypes;
using Telehealth.Notification.Data;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Recipients;

internal static class PreferencesMapping
{
    public static Proto.Preferences ToProto(Guid recipientId, Recipient? recipient)
    {
        var preferences = new Proto.Preferences { RecipientId = recipientId.ToString(), TimeZone = recipient?.TimeZone ?? "UTC" };
        preferences.Channels.Add(Proto.Channel.InApp);
        if (recipient is null)
        {
            return preferences;
        }
        if (recipient.EmailEnabled)
        {
            preferences.Channels.Add(Proto.Channel.Email);
        }
        if (recipient.WebhookEnabled)
        {
            preferences.Channels.Add(Proto.Channel.Webhook);
        }
        preferences.Email = recipient.Email ?? "";
        preferences.WebhookUrl = recipient.WebhookUrl ?? "";
        if (recipient.QuietStart is not null && recipient.QuietEnd is not null)
        {
            preferences.QuietHours = new Proto.QuietHours { Start = recipient.QuietStart, End = recipient.QuietEnd };
        }
        if (recipient.PreferencesUpdatedAt is { } updated)
        {
            preferences.UpdatedAt = Timestamp.FromDateTimeOffset(updated);
        }
        return preferences;
    }
}
