using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Tests.Tls;

/// <summary>A gRPC endpoint configured like a service's (Kestrel configuration keys, PEM files) serves TLS with ALPN h2.</summary>
public sealed class TlsServerTests(TlsFixture fixture) : IClassFixture<TlsFixture>
{
    [Fact]
    public async Task The_endpoint_presents_the_configured_certificate_and_selects_h2_by_alpn()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.Server.Address.Host, fixture.Server.Address.Port);
        X509Certificate2? presented = null;
        await using var tls = new SslStream(tcp.GetStream());
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            // Offered in the order an HTTP/1.1-preferring client would: the server still has to choose h2.
            ApplicationProtocols = [SslApplicationProtocol.Http11, SslApplicationProtocol.Http2],
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            {
                presented = certificate is null ? null : X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
                return true;
            },
        }).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(SslApplicationProtocol.Http2, tls.NegotiatedApplicationProtocol);
        using var expected = X509Certificate2.CreateFromPem(fixture.ServerCertificate.CertificatePem);
        Assert.NotNull(presented);
        Assert.Equal(expected.RawData, presented.RawData);
        presented.Dispose();
    }

    [Fact]
    public async Task The_http_endpoint_beside_it_stays_plain_http()
    {
        using var client = new HttpClient();
        var response = await client.GetAsync(new Uri(fixture.Server.HttpAddress, "/"));

        Assert.Equal(System.Net.HttpVersion.Version11, response.Version);
    }

    [Theory]
    [InlineData("Http2")]
    [InlineData("Http1AndHttp2")]
    public async Task A_call_succeeds_whichever_protocols_the_endpoint_allows(string protocols)
    {
        await using var server = await TlsTestServer.StartAsync(fixture.ServerCertificate, protocols);
        using var channel = fixture.ChannelTrusting(fixture.Authority.TrustStore(), server.Address);

        await new InteropClient(channel).RunAsync("large_unary").WaitAsync(TimeSpan.FromSeconds(30));
    }
}
