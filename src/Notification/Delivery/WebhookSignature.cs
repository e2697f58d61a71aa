using System.Security.Cryptography;
using System.Text;

namespace Telehealth.Notification.Delivery;

/// <summary>
/// X-Telehealth-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt; under the shared secret. The body
/// carries its own sentAt, equal to X-Telehealth-Timestamp, so the signature covers the time too
/// and a receiver can refuse old replays.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Telehealth-Signature";
    public const string TimestampHeader = "X-Telehealth-Timestamp";
    public const string DeliveryIdHeader = "X-Telehealth-Delivery-Id";
    private const string Prefix = "sha256=";

    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Verify(ReadOnlySpan<byte> body, string? header, string secret)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Sign(body, secret));
        var given = Encoding.ASCII.GetBytes(header);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
