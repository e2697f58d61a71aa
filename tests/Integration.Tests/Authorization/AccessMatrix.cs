using Google.Protobuf;
using Grpc.Core;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// Runs every served RPC in every cell its rule speaks about and collects the cells that answer
/// otherwise, so one failure lists them all. Refusals run first, while the world is as built, and
/// must leave it unchanged; allowed calls run after, in their rules' write order, and must answer
/// with what was asked for and nothing of anyone else's (<see cref="AnswerScope"/>).
/// </summary>
internal sealed class AccessMatrix(ClinicalSystem system, AuthorizationWorld world)
{
    private const string Refused = "PERMISSION_DENIED or NOT_FOUND";

    private static readonly AccessCell[] Cells =
        [AccessCell.PatientOwn, AccessCell.PatientOther, AccessCell.TherapistOwn, AccessCell.TherapistOther, AccessCell.Operator, AccessCell.Service];

    /// <summary>Every RPC with no token, an expired one and an untrusted one; a patient's own valid request each time.</summary>
    public async Task<IReadOnlyList<CellMismatch>> UnauthenticatedAsync()
    {
        var mismatches = new List<CellMismatch>();
        var (caller, target) = world.Resolve(AccessCell.PatientOwn);
        foreach (var rpc in ServedRpcs.All)
        {
            if (await RequestAsync(rpc, caller, target, mismatches, "any caller", nameof(StatusCode.Unauthenticated)) is not { } request)
            {
                continue;
            }
            foreach (var token in BadTokens.All)
            {
                var outcome = await RpcInvoker.CallAsync(ServiceChannels.For(system, rpc.Host), rpc.Method, request, token.Headers(caller));
                if (outcome.Code != StatusCode.Unauthenticated)
                {
                    mismatches.Add(new CellMismatch(rpc, token.Name, nameof(StatusCode.Unauthenticated), outcome.ToString()));
                }
            }
        }
        return mismatches;
    }

    public async Task<IReadOnlyList<CellMismatch>> RefusalsAsync()
    {
        var mismatches = new List<CellMismatch>();
        foreach (var rpc in ServedRpcs.All)
        {
            var rule = AccessRules.For(rpc);
            foreach (var cell in Cells.Where(cell => rule is not null && !rule.Allows(cell)))
            {
                var (outcome, _, _) = await CallAsync(rpc, cell, mismatches, Refused);
                if (outcome is not null && !outcome.IsDenial)
                {
                    mismatches.Add(new CellMismatch(rpc, Name(cell), Refused, outcome.ToString()));
                }
            }
        }
        return mismatches;
    }

    public async Task<IReadOnlyList<CellMismatch>> AllowedAsync()
    {
        var mismatches = new List<CellMismatch>();
        var allowed = ServedRpcs.All
            .Select(rpc => (rpc, rule: AccessRules.For(rpc)))
            .Where(entry => entry.rule is not null)
            .SelectMany(entry => Cells.Where(entry.rule!.Allows).Select(cell => (entry.rpc, entry.rule!, cell)))
            .OrderBy(entry => entry.Item2.Order);
        foreach (var (rpc, _, cell) in allowed)
        {
            var (outcome, request, target) = await CallAsync(rpc, cell, mismatches, nameof(StatusCode.OK));
            if (outcome is not null && outcome.Code != StatusCode.OK)
            {
                mismatches.Add(new CellMismatch(rpc, Name(cell), nameof(StatusCode.OK), outcome.ToString()));
            }
            else if (outcome is not null && AnswerScope.Complaint(rpc, request!, outcome.Response, world, target) is { } complaint)
            {
                mismatches.Add(new CellMismatch(rpc, Name(cell), "the record asked for and nothing of anyone else's", complaint));
            }
        }
        return mismatches;
    }

    /// <summary>RPCs served without a rule: the matrix cannot say who may call them.</summary>
    public static IReadOnlyList<CellMismatch> Unruled() =>
        ServedRpcs.All.Where(rpc => AccessRules.For(rpc) is null)
            .Select(rpc => new CellMismatch(rpc, "every cell", "a rule in the table", "none"))
            .ToList();

    private async Task<(CallOutcome? Outcome, IMessage? Request, PatientCase Target)> CallAsync(ServedRpc rpc, AccessCell cell, List<CellMismatch> mismatches, string expected)
    {
        var (caller, target) = world.Resolve(cell);
        var request = await RequestAsync(rpc, caller, target, mismatches, Name(cell), expected);
        var outcome = request is null ? null : await RpcInvoker.CallAsync(ServiceChannels.For(system, rpc.Host), rpc.Method, request, caller.Headers);
        return (outcome, request, target);
    }

    /// <summary>The rule's request, or null (and a mismatch saying why) when it could not be built.</summary>
    private async Task<IMessage?> RequestAsync(ServedRpc rpc, TestCaller caller, PatientCase target, List<CellMismatch> mismatches, string cell, string expected)
    {
        if (AccessRules.For(rpc) is not { } rule)
        {
            return null;
        }
        try
        {
            return await rule.Request(new RequestContext(system, target, caller));
        }
        catch (Exception exception) when (exception is RpcException or InvalidOperationException)
        {
            mismatches.Add(new CellMismatch(rpc, cell, expected, "no request: building it failed with " + exception.Message));
            return null;
        }
    }

    private static string Name(AccessCell cell) => cell switch
    {
        AccessCell.PatientOwn => "patient, own records",
        AccessCell.PatientOther => "patient, another patient's records",
        AccessCell.TherapistOwn => "therapist, own caseload",
        AccessCell.TherapistOther => "therapist, another therapist's patient",
        AccessCell.Operator => "operator",
        _ => "service",
    };
}
