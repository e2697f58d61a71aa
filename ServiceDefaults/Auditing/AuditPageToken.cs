using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Telehealth.ServiceDefaults.Auditing;

/// <summary>
/// Where the next page of a trail starts: the sequence of the last record given, written so that
/// clients treat it as opaque and pass it back unchanged.
/// </summary>
internal static class AuditPageToken
{
    private const string Prefix = "before:";

    public static string For(long sequence) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    public static bool TryRead(string token, out long before)
    {
        before = 0;
        if (token.Length > 64)
        {
            return false;
        }
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out before)
                && before > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
