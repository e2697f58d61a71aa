using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Telehealth.Grpc.Testing;

/// <summary>
/// A throwaway certificate authority, root or intermediate, that issues TLS server certificates; for tests only.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private const string ServerAuthenticationUsage = "1.3.6.1.5.5.7.3.1";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromHours(1);
    private static readonly TimeSpan RootLifetime = TimeSpan.FromDays(7);
    private static readonly TimeSpan IntermediateLifetime = TimeSpan.FromDays(3);
    private static readonly TimeSpan ServerLifetime = TimeSpan.FromDays(1);

    private readonly X509Certificate2 _signer;

    // What a server sends after its own certificate: this authority and the intermediates above it, not the root.
    private readonly string _intermediatesPem;

    private TestCertificateAuthority(X509Certificate2 signer, string intermediatesPem)
    {
        _signer = signer;
        _intermediatesPem = intermediatesPem;
        CertificatePem = signer.ExportCertificatePem();
    }

    /// <summary>The authority's own certificate; a root's is what a client is told to trust.</summary>
    public string CertificatePem { get; }

    /// <summary>A self-signed root authority.</summary>
    public static TestCertificateAuthority Create(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = AuthorityRequest(name, key);
        var now = DateTimeOffset.UtcNow;
        return new TestCertificateAuthority(request.CreateSelfSigned(now - ClockSkew, now + RootLifetime), "");
    }

    /// <summary>An intermediate authority signed by this one.</summary>
    public TestCertificateAuthority IssueIntermediate(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = AuthorityRequest(name, key);
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_signer, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var certificate = request.Create(_signer, DateTimeOffset.UtcNow - ClockSkew, NotAfter(IntermediateLifetime), RandomNumberGenerator.GetBytes(16));
        var signer = certificate.CopyWithPrivateKey(key);
        return new TestCertificateAuthority(signer, signer.ExportCertificatePem() + "\n" + _intermediatesPem);
    }

    /// <summary>The authority as a trust store, without its private key.</summary>
    public X509Certificate2Collection TrustStore() => [X509CertificateLoader.LoadCertificate(_signer.RawData)];

    /// <summary>
    /// A server certificate for <paramref name="hostNames"/> (IP addresses become IP subject alternative
    /// names, anything else DNS names), followed in the PEM by the intermediates a server must send.
    /// </summary>
    public PemCertificate IssueServerCertificate(params string[] hostNames)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={hostNames[0]}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var hostName in hostNames)
        {
            if (IPAddress.TryParse(hostName, out var address))
            {
                names.AddIpAddress(address);
            }
            else
            {
                names.AddDnsName(hostName);
            }
        }
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthenticationUsage)], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_signer, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var certificate = request.Create(_signer, DateTimeOffset.UtcNow - ClockSkew, NotAfter(ServerLifetime), RandomNumberGenerator.GetBytes(16));
        return new PemCertificate(certificate.ExportCertificatePem() + "\n" + _intermediatesPem, key.ExportPkcs8PrivateKeyPem());
    }

    public void Dispose() => _signer.Dispose();

    private static CertificateRequest AuthorityRequest(string name, ECDsa key)
    {
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        return request;
    }

    // A certificate may not outlive its issuer's.
    private DateTimeOffset NotAfter(TimeSpan lifetime)
    {
        var wanted = DateTimeOffset.UtcNow + lifetime;
        var issuerEnd = new DateTimeOffset(_signer.NotAfter.ToUniversalTime());
        return wanted < issuerEnd ? wanted : issuerEnd;
    }
}
