using Grpc.Core;
using Telehealth.Integration.Tests.Authorization;

namespace Telehealth.Integration.Tests.Fuzzing;

/// <summary>
/// What an answer to a fuzzed request may be: OK, or a refusal with a status the contract
/// documents, which wrote nothing and does not repeat the request's text. UNKNOWN and INTERNAL
/// are unhandled errors, UNAVAILABLE a crash or a dropped connection, DEADLINE_EXCEEDED a hang.
/// </summary>
internal static class FuzzVerdict
{
    public static readonly IReadOnlySet<StatusCode> Documented = new HashSet<StatusCode>
    {
        StatusCode.OK,
        StatusCode.InvalidArgument,
        StatusCode.NotFound,
        StatusCode.PermissionDenied,
        StatusCode.FailedPrecondition,
        StatusCode.ResourceExhausted,
        StatusCode.AlreadyExists,
        // The prescription service's answer to a stale expected_version (README, ServiceDefaults): read again and retry.
        StatusCode.Aborted,
    };

    /// <summary>
    /// Progress's answer to a report following a programme version it has not heard of: the
    /// version's event may still be on its way, so the client retries (README, "Callers"). Any other
    /// UNAVAILABLE is a service out of reach.
    /// </summary>
    private const string VersionNotYetKnown = "programme_version: ";

    public static IEnumerable<string> Problems(FuzzCase fuzzCase, CallOutcome outcome, IReadOnlyList<string> writes)
    {
        var documentedLag = outcome.Code == StatusCode.Unavailable && outcome.Detail.StartsWith(VersionNotYetKnown, StringComparison.Ordinal);
        if (!Documented.Contains(outcome.Code) && !documentedLag)
        {
            yield return $"{outcome.Code} is not a documented answer";
        }
        if (outcome.Code == StatusCode.OK)
        {
            yield break;
        }
        if (writes.Count > 0)
        {
            yield return "refused, yet wrote: " + string.Join(", ", writes);
        }
        if (fuzzCase.EchoIn(outcome.Detail) is { } echoed)
        {
            yield return $"the detail repeats the request's text ({echoed.Length} characters)";
        }
    }
}
