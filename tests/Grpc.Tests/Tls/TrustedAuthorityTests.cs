using System.Security.Cryptography.X509Certificates;
using Telehealth.Grpc.Client;
using Telehealth.Grpc.Interop;
using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Tests.Tls;

/// <summary>An https channel trusts the authorities it is given, and only those; every refusal is a clean UNAVAILABLE.</summary>
public sealed class TrustedAuthorityTests(TlsFixture fixture) : IClassFixture<TlsFixture>
{
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("empty_unary")]
    [InlineData("large_unary")]
    [InlineData("server_streaming")]
    [InlineData("client_streaming")]
    [InlineData("ping_pong")]
    public async Task Calls_succeed_when_the_channel_trusts_the_issuing_authority(string interopCase)
    {
        using var channel = fixture.ChannelTrusting(fixture.Authority.TrustStore());

        await new InteropClient(channel).RunAsync(interopCase).WaitAsync(NoHang);
    }

    [Fact]
    public async Task A_chain_through_an_intermediate_the_server_sends_is_accepted_when_its_root_is_trusted()
    {
        using var intermediate = fixture.Authority.IssueIntermediate("Telehealth Test Issuing CA");
        await using var server = await TlsTestServer.StartAsync(intermediate.IssueServerCertificate("127.0.0.1"));
        using var channel = fixture.ChannelTrusting(fixture.Authority.TrustStore(), server.Address);

        await new InteropClient(channel).RunAsync("empty_unary").WaitAsync(NoHang);
    }

    [Fact]
    public async Task A_unary_call_fails_unavailable_when_the_channel_trusts_another_authority()
    {
        using var channel = fixture.ChannelTrusting(fixture.OtherAuthority.TrustStore());

        var error = await ExpectUnavailable(() => channel.UnaryCall(TestServiceMethods.EmptyCall, new Empty()).ResponseAsync);

        Assert.Contains("TLS handshake", error.Status.Detail);
        Assert.Contains("does not chain to a trusted certificate authority", error.Status.Detail);
    }

    [Fact]
    public async Task A_streaming_call_fails_unavailable_when_the_channel_trusts_another_authority()
    {
        using var channel = fixture.ChannelTrusting(fixture.OtherAuthority.TrustStore());
        using var call = channel.ServerStreamingCall(TestServiceMethods.StreamingOutputCall, new StreamingOutputCallRequest());

        var error = await ExpectUnavailable(() => call.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Contains("does not chain to a trusted certificate authority", error.Status.Detail);
        Assert.Equal(StatusCode.Unavailable, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Without_trusted_authorities_the_system_trust_store_decides_and_refuses_a_private_authority()
    {
        using var channel = fixture.ChannelTrusting(null);

        var error = await ExpectUnavailable(() => channel.UnaryCall(TestServiceMethods.EmptyCall, new Empty()).ResponseAsync);

        Assert.Contains("TLS handshake", error.Status.Detail);
        Assert.Contains("certificate", error.Status.Detail);
    }

    [Fact]
    public async Task A_certificate_issued_for_another_host_is_refused_even_from_the_trusted_authority()
    {
        await using var server = await TlsTestServer.StartAsync(fixture.Authority.IssueServerCertificate("elsewhere.example"));
        using var channel = fixture.ChannelTrusting(fixture.Authority.TrustStore(), server.Address);

        var error = await ExpectUnavailable(() => channel.UnaryCall(TestServiceMethods.EmptyCall, new Empty()).ResponseAsync);

        Assert.Contains("is not issued for 127.0.0.1", error.Status.Detail);
    }

    [Fact]
    public async Task A_plaintext_channel_to_the_https_port_fails_unavailable()
    {
        using var channel = GrpcChannel.ForAddress(
            new UriBuilder(fixture.Server.Address) { Scheme = "http" }.Uri,
            new GrpcChannelOptions { RetryPolicy = new RetryPolicy { MaxAttempts = 1 } });

        await ExpectUnavailable(() => channel.UnaryCall(TestServiceMethods.EmptyCall, new Empty()).ResponseAsync);
    }

    [Fact]
    public async Task The_server_keeps_serving_after_refused_handshakes()
    {
        using (var untrusting = fixture.ChannelTrusting(fixture.OtherAuthority.TrustStore()))
        {
            await ExpectUnavailable(() => untrusting.UnaryCall(TestServiceMethods.EmptyCall, new Empty()).ResponseAsync);
        }
        using var trusting = fixture.ChannelTrusting(fixture.Authority.TrustStore());

        await new InteropClient(trusting).RunAsync("empty_unary").WaitAsync(NoHang);
    }

    [Fact]
    public void Trusted_authorities_are_refused_for_an_http_address()
    {
        var options = new GrpcChannelOptions { TrustedCertificateAuthorities = fixture.Authority.TrustStore() };

        Assert.Throws<ArgumentException>(() => GrpcChannel.ForAddress("http://127.0.0.1:5001", options));
    }

    [Fact]
    public void An_empty_set_of_trusted_authorities_is_refused()
    {
        var options = new GrpcChannelOptions { TrustedCertificateAuthorities = new X509Certificate2Collection() };

        Assert.Throws<ArgumentException>(() => GrpcChannel.ForAddress("https://127.0.0.1:5001", options));
    }

    private static async Task<RpcException> ExpectUnavailable(Func<Task> call) =>
        await InteropClient.ExpectStatus(StatusCode.Unavailable, () => call().WaitAsync(NoHang)).WaitAsync(NoHang);
}
