using System.Text;
using System.Text.Json;

namespace Telehealth.Cli.Connection;

/// <summary>
/// What a token says about its holder, read without checking the signature (the services check it):
/// enough to default --patient to the caller and to say when the token expires.
/// </summary>
internal sealed record TokenPayload(Guid? Subject, string? Role, DateTimeOffset? ExpiresAt)
{
    public static TokenPayload Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return new TokenPayload(null, null, null);
        }
        try
        {
            using var json = JsonDocument.Parse(Base64UrlDecode(parts[1]));
            var root = json.RootElement;
            Guid? subject = root.TryGetProperty("sub", out var sub) && Guid.TryParse(sub.GetString(), out var id) ? id : null;
            var role = root.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            DateTimeOffset? expires = root.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
            return new TokenPayload(subject, role, expires);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException)
        {
            return new TokenPayload(null, null, null);
        }
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        return Convert.FromBase64String(base64);
    }
}
