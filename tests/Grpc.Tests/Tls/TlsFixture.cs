using System.Security.Cryptography.X509Certificates;
using Telehealth.Grpc.Client;
using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Tests.Tls;

/// <summary>
/// A certificate authority, a second one that issued nothing the server uses, and a server whose
/// HTTP/2-only gRPC endpoint has a certificate from the first for 127.0.0.1 and localhost.
/// </summary>
public sealed class TlsFixture : IAsyncLifetime
{
    public TestCertificateAuthority Authority { get; } = TestCertificateAuthority.Create("Telehealth Test CA");

    public TestCertificateAuthority OtherAuthority { get; } = TestCertificateAuthority.Create("Unrelated Test CA");

    public PemCertificate ServerCertificate { get; private set; } = null!;

    public TlsTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ServerCertificate = Authority.IssueServerCertificate("127.0.0.1", "localhost");
        Server = await TlsTestServer.StartAsync(ServerCertificate);
    }

    public GrpcChannel ChannelTrusting(X509Certificate2Collection? authorities, Uri? address = null) =>
        GrpcChannel.ForAddress(address ?? Server.Address, new GrpcChannelOptions { TrustedCertificateAuthorities = authorities });

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Authority.Dispose();
        OtherAuthority.Dispose();
    }
}
