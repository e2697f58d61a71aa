using System.Security.Cryptography;
using System.Text;

namespace Telehealth.AppHost.Dashboard.Auth;

/// <summary>
/// The login token and the session cookie it buys. The cookie value is an HMAC of the token under a key made
/// at start-up, so it proves a login without being the token, and dies with the process.
/// </summary>
internal sealed class DashboardCredentials
{
    public const string CookieName = "telehealth-dashboard";

    private readonly byte[] _token;
    private readonly byte[] _sessionValue;

    public DashboardCredentials(string token)
    {
        _token = Encoding.UTF8.GetBytes(token);
        _sessionValue = Encoding.ASCII.GetBytes(Base64Url(HMACSHA256.HashData(RandomNumberGenerator.GetBytes(32), _token)));
    }

    public string SessionValue => Encoding.ASCII.GetString(_sessionValue);

    public bool IsToken(string? candidate) => Matches(candidate, _token);

    public bool IsSession(string? candidate) => Matches(candidate, _sessionValue);

    /// <summary>A fresh 128-bit token, URL-safe, for when the caller gives none.</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(16));

    // Constant-time, so response timing does not reveal how much of a guess was right.
    private static bool Matches(string? candidate, byte[] expected) =>
        !string.IsNullOrEmpty(candidate)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), expected);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
