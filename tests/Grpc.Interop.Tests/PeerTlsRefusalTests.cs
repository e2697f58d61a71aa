using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>
/// The peers really check the server's certificate: trusting an authority that did not issue it, their
/// calls fail UNAVAILABLE, so the TLS runs passing means the chain was verified, not skipped.
/// </summary>
public sealed class PeerTlsRefusalTests
{
    public static TheoryData<string> PeerNames => new("grpc-js", "grpcio");

    [Theory]
    [MemberData(nameof(PeerNames))]
    public async Task A_peer_trusting_another_authority_fails_unavailable(string peer)
    {
        using var issuer = TestCertificateAuthority.Create("Interop Test CA");
        using var unrelated = TestCertificateAuthority.Create("Unrelated Test CA");
        using var files = new TemporaryDirectory();
        await using var server = await TlsTestServer.StartAsync(issuer.IssueServerCertificate("127.0.0.1", "localhost"));
        string[] arguments = ["--address", $"127.0.0.1:{server.Address.Port}", "--cases", "empty_unary", "--ca", files.Write("ca.pem", unrelated.CertificatePem)];
        using var client = peer == "grpc-js" ? Peers.StartNodeClient(arguments) : Peers.StartPythonClient(arguments);

        var (exitCode, output) = await client.RunToEndAsync(TimeSpan.FromMinutes(1));

        Assert.True(PeerVerdict.ParseAll(output).TryGetValue("empty_unary", out var verdict), $"{peer} reported nothing. Its stderr:\n{client.Errors}");
        Assert.False(verdict.Ok);
        Assert.Contains("UNAVAILABLE", verdict.Error);
        // grpc-js: "unable to verify the first certificate"; grpcio: "certificate verify failed".
        Assert.Contains("verify", verdict.Error);
        Assert.Equal(1, exitCode);
    }
}
