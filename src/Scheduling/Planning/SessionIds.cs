using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Telehealth.Scheduling.Planning;

/// <summary>
/// A session's id follows from its programme and local day (a name-based UUID), so planning the
/// same day twice names the same session: re-plans recognise it, and calendars keep its UID.
/// </summary>
public static class SessionIds
{
    public static Guid For(Guid programmeId, LocalDate date)
    {
        var name = Encoding.UTF8.GetBytes($"{programmeId:N}/{WallClock.Format(date)}");
        var hash = SHA256.HashData(name).AsSpan(0, 16).ToArray();
        // RFC 9562 layout: version 8 (custom, name-based), variant 10.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
