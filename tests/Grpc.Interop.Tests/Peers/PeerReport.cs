namespace Telehealth.Grpc.Interop.Tests.Peers;

/// <summary>What one peer run printed (a verdict per case, its exit code and its stderr), and what the services said meanwhile.</summary>
internal sealed class PeerReport(Peer peer, int exitCode, Dictionary<string, PeerVerdict> verdicts, string errors, string serviceOutput)
{
    public int ExitCode => exitCode;

    public PeerVerdict Verdict(string name)
    {
        Assert.True(verdicts.TryGetValue(name, out var verdict), $"{peer} reported nothing for {name} (exit code {exitCode}). Its stderr:\n{errors}");
        return verdict;
    }

    public void AssertPassed(string name)
    {
        var verdict = Verdict(name);
        Assert.True(verdict.Ok, $"{peer}, {name}: {verdict.Error}\nThe services' last output:\n{serviceOutput}");
    }
}
