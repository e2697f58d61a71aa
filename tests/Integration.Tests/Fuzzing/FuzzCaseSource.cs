using Google.Protobuf;
using Grpc.Core;
using Telehealth.Integration.Tests.Authorization;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Fuzzing;

/// <summary>
/// The cases for one RPC. Most start from the valid request its access rule builds, with one to
/// three fields changed, so they get past the first check and reach the deeper ones; some are built
/// from scratch; some are corrupted on the wire; and some are sent by someone the rule refuses.
/// The authorised caller is the one the rule allows (the patient or the therapist, at random when
/// both), so a refusal is about the input, not the caller.
/// </summary>
internal sealed class FuzzCaseSource(ClinicalSystem system, AuthorizationWorld world, ServedRpc rpc, Random random)
{
    private static readonly AccessCell[] Cells =
        [AccessCell.PatientOwn, AccessCell.TherapistOwn, AccessCell.PatientOther, AccessCell.TherapistOther, AccessCell.Operator, AccessCell.Service];

    private readonly AccessRule? _rule = AccessRules.For(rpc);

    public async Task<FuzzCase> NextAsync(int number)
    {
        var fuzzer = new MessageFuzzer(random);
        // 0-1: someone the rule refuses; 2-4: from scratch; 5-10: corrupted on the wire; 11-19: valid with fields changed.
        var roll = random.Next(20);
        var authorised = roll >= 2 || Refused().Count == 0;
        var cell = authorised ? Pick(Allowed()) : Pick(Refused());
        var (caller, target) = world.Resolve(cell);
        var valid = roll is >= 2 and < 5 ? null : await ValidAsync(caller, target);

        string description;
        IMessage request;
        if (valid is null)
        {
            request = fuzzer.FromScratch(rpc.Method.InputType);
            description = "from scratch";
        }
        else
        {
            request = valid;
            var mutations = roll >= 11 || random.Next(2) == 0 ? fuzzer.Mutate(request, random.Next(1, 4)) : [];
            description = mutations.Count == 0 ? "valid" : string.Join("; ", mutations);
        }

        var body = request.ToByteArray();
        if (roll is >= 5 and < 11)
        {
            var (label, corrupted) = WireCorruptions.Corrupt(body, rpc.Method.InputType, random);
            (description, body) = ($"{description}, then on the wire: {label}", corrupted);
        }
        var who = authorised ? caller.Role : $"{caller.Role} refused by the rule ({cell})";
        return new FuzzCase(number, $"{who}: {description}", body, caller, authorised, fuzzer.Strings);
    }

    /// <summary>The rule's valid request, or null when there is no rule or it could not be built (a fuzzed call may have closed what it needs).</summary>
    private async Task<IMessage?> ValidAsync(TestCaller caller, PatientCase target)
    {
        if (_rule is null)
        {
            return null;
        }
        try
        {
            return await _rule.Request(new RequestContext(system, target, caller));
        }
        catch (Exception exception) when (exception is RpcException or InvalidOperationException)
        {
            return null;
        }
    }

    private List<AccessCell> Allowed()
    {
        var allowed = Cells.Where(cell => _rule?.Allows(cell) == true).ToList();
        // Prefer the caller's own records: "other" cells name someone else's, which is a refusal by design.
        var own = allowed.Where(cell => cell is AccessCell.PatientOwn or AccessCell.TherapistOwn).ToList();
        return own.Count > 0 ? own : allowed.Count > 0 ? allowed : [AccessCell.PatientOwn];
    }

    private List<AccessCell> Refused() => Cells.Where(cell => _rule is not null && !_rule.Allows(cell)).ToList();

    private AccessCell Pick(List<AccessCell> cells) => cells[random.Next(cells.Count)];
}
