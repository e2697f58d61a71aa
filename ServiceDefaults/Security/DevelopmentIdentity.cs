using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// A signing key made for one development run (by the AppHost or a test): it issues tokens for
/// any role and subject and tells services, through configuration, how to check them.
/// Production never uses this: there, services only read public keys from configuration.
/// </summary>
public sealed class DevelopmentIdentity : IDisposable
{
    public const string DefaultIssuer = "telehealth-development";
    public const string DefaultAudience = "telehealth";

    private static readonly JsonSerializerOptions FileFormat = new() { WriteIndented = true };

    private readonly ECDsa _key;
    private readonly SigningCredentials _credentials;

    private DevelopmentIdentity(ECDsa key, string keyId, string issuer, string audience)
    {
        _key = key;
        KeyId = keyId;
        Issuer = issuer;
        Audience = audience;
        _credentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.EcdsaSha256);
    }

    public string KeyId { get; }

    public string Issuer { get; }

    public string Audience { get; }

    /// <summary>The public half as PEM, for Authentication:SigningKeys:N:PublicKey.</summary>
    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    public static DevelopmentIdentity Create(string issuer = DefaultIssuer, string audience = DefaultAudience) =>
        new(ECDsa.Create(ECCurve.NamedCurves.nistP256), "dev-" + Guid.NewGuid().ToString("N")[..12], issuer, audience);

    internal SigningCredentials Credentials => _credentials;

    /// <summary>A token for this role and subject, valid for the lifetime (one hour unless said) from now or from issuedAt.</summary>
    public string Issue(CallerRole role, Guid subject, TimeSpan? lifetime = null, DateTime? issuedAt = null)
    {
        var now = issuedAt ?? DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = new Dictionary<string, object>
            {
                [TokenClaims.Subject] = subject.ToString(),
                [TokenClaims.Role] = role.ToString().ToLowerInvariant(),
            },
            SigningCredentials = _credentials,
        });
    }

    /// <summary>The environment that makes a service accept this identity's tokens (and, with others, theirs).</summary>
    public static IReadOnlyDictionary<string, string> ServiceEnvironment(params DevelopmentIdentity[] identities)
    {
        var environment = new Dictionary<string, string>
        {
            ["Authentication__Issuer"] = identities[0].Issuer,
            ["Authentication__Audience"] = identities[0].Audience,
        };
        for (var i = 0; i < identities.Length; i++)
        {
            environment[$"Authentication__SigningKeys__{i}__KeyId"] = identities[i].KeyId;
            environment[$"Authentication__SigningKeys__{i}__PublicKey"] = identities[i].PublicKeyPem;
        }
        return environment;
    }

    public IReadOnlyDictionary<string, string> ServiceEnvironment() => ServiceEnvironment(this);

    /// <summary>Writes the key, readable by its owner only, so the command line can issue tokens for this run.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var file = new IdentityFile(Issuer, Audience, KeyId, _key.ExportPkcs8PrivateKeyPem());
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        JsonSerializer.Serialize(stream, file, FileFormat);
    }

    public static DevelopmentIdentity Load(string path)
    {
        var file = JsonSerializer.Deserialize<IdentityFile>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} holds no signing key.");
        var key = ECDsa.Create();
        key.ImportFromPem(file.PrivateKey);
        return new DevelopmentIdentity(key, file.KeyId, file.Issuer, file.Audience);
    }

    public void Dispose() => _key.Dispose();

    private sealed record IdentityFile(string Issuer, string Audience, string KeyId, string PrivateKey);
}
