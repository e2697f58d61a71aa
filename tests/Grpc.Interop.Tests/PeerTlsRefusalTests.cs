using Telehealth.Grpc.Interop.Tests.Hosting;
using Telehealth.Grpc.Interop.Tests.Peers;

namespace Telehealth.Grpc.Interop.Tests;

/// <summary>
/// The peers really check the services' certificate: trusting an authority that did not issue
/// it, their calls fail UNAVAILABLE, so the TLS runs passing means the chain was verified, not skipped.
/// </summary>
[Collection(TlsCollection.Name)]
public sealed class PeerTlsRefusalTests(TlsRun run)
{
    private const string Case = "unary_with_token";

    public static TheoryData<Peer> AllPeers => new(Enum.GetValues<Peer>());

    [Theory]
    [MemberData(nameof(AllPeers))]
    public async Task A_peer_trusting_another_authority_fails_unavailable(Peer peer)
    {
        using var unrelated = TestCertificateAuthority.Create("Unrelated Test CA");
        using var files = new TemporaryDirectory();

        var report = await run.RunAsync(peer, [Case], files.Write("unrelated-ca.pem", unrelated.CertificatePem));

        var verdict = report.Verdict(Case);
        Assert.False(verdict.Ok, $"{peer} called a server whose certificate no trusted authority issued");
        Assert.Contains("UNAVAILABLE", verdict.Error);
        // grpc-js: "unable to verify the first certificate"; grpcio: "certificate verify failed".
        Assert.Contains("verify", verdict.Error);
        Assert.Equal(1, report.ExitCode);
    }
}
