using NodaTime;
using Telehealth.Notification.Data;

namespace Telehealth.Notification.Events;

/// <summary>The recipients an event names, loaded (or newly added) for the handler's transaction.</summary>
public sealed class RecipientBook(IReadOnlyDictionary<Guid, Recipient> recipients)
{
    public bool Knows(Guid recipientId) => recipients.ContainsKey(recipientId);

    public Recipient this[Guid recipientId] => recipients[recipientId];

    /// <summary>The recipient's time zone, UTC for anyone without preferences.</summary>
    public DateTimeZone ZoneOf(Guid recipientId) =>
        recipients.TryGetValue(recipientId, out var recipient) ? recipient.Preferences().Zone : DateTimeZone.Utc;
}
