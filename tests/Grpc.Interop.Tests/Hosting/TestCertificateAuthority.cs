using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Telehealth.Grpc.Interop.Tests.Hosting;

/// <summary>A throwaway root certificate authority that issues TLS server certificates; made per test run, never trusted by the machine.</summary>
internal sealed class TestCertificateAuthority : IDisposable
{
    private const string ServerAuthenticationUsage = "1.3.6.1.5.5.7.3.1";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromHours(1);
    private static readonly TimeSpan RootLifetime = TimeSpan.FromDays(2);
    private static readonly TimeSpan ServerLifetime = TimeSpan.FromDays(1);

    private readonly X509Certificate2 _root;

    private TestCertificateAuthority(X509Certificate2 root)
    {
        _root = root;
        CertificatePem = root.ExportCertificatePem();
    }

    /// <summary>The root certificate: what a peer is told to trust.</summary>
    public string CertificatePem { get; }

    public static TestCertificateAuthority Create(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = DateTimeOffset.UtcNow;
        return new TestCertificateAuthority(request.CreateSelfSigned(now - ClockSkew, now + RootLifetime));
    }

    /// <summary>A server certificate for <paramref name="hostNames"/>: IP addresses become IP subject alternative names, anything else DNS names.</summary>
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
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_root, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.Create(_root, now - ClockSkew, now + ServerLifetime, RandomNumberGenerator.GetBytes(16));
        return new PemCertificate(certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    public void Dispose() => _root.Dispose();
}
