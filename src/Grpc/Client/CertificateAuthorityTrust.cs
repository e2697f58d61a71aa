using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Telehealth.Grpc.Client;

/// <summary>
/// Accepts a server's certificate only if it is issued for the host dialled and chains to one of the
/// configured authorities; the system's trust store plays no part.
/// </summary>
internal sealed class CertificateAuthorityTrust
{
    private const string ServerAuthenticationUsage = "1.3.6.1.5.5.7.3.1";
    private readonly X509Certificate2Collection _authorities;

    public CertificateAuthorityTrust(X509Certificate2Collection authorities)
    {
        if (authorities.Count == 0)
        {
            // An empty custom store would refuse every server: surely a configuration mistake.
            throw new ArgumentException("At least one trusted certificate authority is needed.", nameof(authorities));
        }
        // A copy, so that changing the options afterwards cannot change what an open channel trusts.
        _authorities = [.. authorities];
    }

    /// <summary>
    /// A RemoteCertificateValidationCallback. A rejection throws rather than returning false, so the
    /// call's status can say why instead of only that the callback refused.
    /// </summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        var host = (sender as SslStream)?.TargetHostName is { Length: > 0 } name ? name : "the server";
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            throw new AuthenticationException($"{host} presented no certificate.");
        }
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            throw new AuthenticationException($"The server's certificate ({certificate.Subject}) is not issued for {host}.");
        }
        var leaf = certificate as X509Certificate2;
        try
        {
            leaf ??= new X509Certificate2(certificate);
            using var chain = new X509Chain();
            var policy = chain.ChainPolicy;
            policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            policy.CustomTrustStore.AddRange(_authorities);
            // Private authorities seldom publish revocation lists, and fetching one would stall the handshake.
            policy.RevocationMode = X509RevocationMode.NoCheck;
            policy.ApplicationPolicy.Add(new Oid(ServerAuthenticationUsage));
            if (presented is not null)
            {
                // The intermediates the server sent with its certificate.
                policy.ExtraStore.AddRange(presented.ChainPolicy.ExtraStore);
            }
            if (chain.Build(leaf))
            {
                return true;
            }
            var problems = string.Join(", ", chain.ChainStatus.Select(status => status.Status).Distinct());
            throw new AuthenticationException(
                $"The server's certificate ({certificate.Subject}) does not chain to a trusted certificate authority ({problems}).");
        }
        finally
        {
            if (!ReferenceEquals(leaf, certificate))
            {
                leaf?.Dispose();
            }
        }
    }
}
