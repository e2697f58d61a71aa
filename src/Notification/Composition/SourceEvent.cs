using System.Security.Cryptography;
using System.Text;

namespace Telehealth.Notification.Composition;

/// <summary>
/// The identity of the integration event a notification came from: its type and natural key
/// (a reminder id, a report id, an appointment and its new time…) made into a UUID. The same
/// event published twice, even under a new message id, has the same identity, so it makes one
/// notification per recipient.
/// </summary>
public readonly record struct SourceEvent(Guid Id, string Type)
{
    public static SourceEvent Of<TEvent>(params object[] naturalKey)
    {
        var type = typeof(TEvent).Name;
        var key = type + "|" + string.Join("|", naturalKey.Select(Canonical));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        // An RFC 9562 name-based UUID (version 8: hash chosen by the application).
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new SourceEvent(new Guid(hash.AsSpan(0, 16), bigEndian: true), type);
    }

    private static string Canonical(object part) => part switch
    {
        DateTimeOffset instant => instant.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => part.ToString() ?? "",
    };
}
