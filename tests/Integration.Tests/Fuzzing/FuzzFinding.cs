using Telehealth.Integration.Tests.Authorization;

namespace Telehealth.Integration.Tests.Fuzzing;

/// <summary>What was wrong with the answer to one case.</summary>
internal sealed record FuzzFinding(ServedRpc Rpc, FuzzCase Case, CallOutcome Outcome, string Problem)
{
    private const int DetailShown = 160;

    public override string ToString()
    {
        var detail = Outcome.Detail.Length > DetailShown ? Outcome.Detail[..DetailShown] + "…" : Outcome.Detail;
        return $"{Rpc} case {Case.Number} [{Case.Description}]: {Problem}; answered {Outcome.Code} \"{detail}\"";
    }
}
