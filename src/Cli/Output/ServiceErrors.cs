using System.Text;
using Google.Rpc;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Input;
using Grpc.Core;
using StatusCode = global::Grpc.Core.StatusCode;

namespace Telehealth.Cli.Output;

/// <summary>A gRPC status turned into a sentence that says what happened and what to do about it.</summary>
internal static class ServiceErrors
{
    /// <param name="tokenRole">The caller's role as the token says it, when known: refusals are worded for it.</param>
    public static ErrorDescription Describe(ServiceCallException failure, string? tokenRole = null)
    {
        var service = failure.Service.Key();
        var detail = failure.Rpc.Status.Detail.Trim().TrimEnd('.');
        var saying = detail.Length > 0 ? $" ({service} service: {detail})" : "";
        var violations = failure.StatusCode == StatusCode.InvalidArgument ? Violations(failure.Rpc) : [];
        var (exitCode, message) = failure.StatusCode switch
        {
            StatusCode.Unauthenticated => (ExitCodes.Denied,
                $"The token is missing, expired or not accepted — get one with `telehealth token`{saying}."),
            StatusCode.PermissionDenied => (ExitCodes.Denied, Refusal(failure, service, detail, tokenRole)),
            StatusCode.NotFound => (ExitCodes.NotFound,
                detail.Length > 0 ? $"Not found: {detail} ({service} service)." : $"The {service} service has no such record."),
            StatusCode.InvalidArgument => (ExitCodes.InvalidInput,
                violations.Count > 0 ? $"The {service} service refused the request." : $"The {service} service refused the request{Quoted(detail)}."),
            StatusCode.OutOfRange => (ExitCodes.InvalidInput,
                $"The {service} service refused a value out of range{Quoted(detail)}."),
            StatusCode.Aborted => (ExitCodes.Conflict,
                $"The record changed meanwhile{Quoted(detail)}; show it again and retry."),
            StatusCode.FailedPrecondition => (ExitCodes.Conflict,
                $"Not possible in the record's current state{Quoted(detail)}."),
            StatusCode.AlreadyExists => (ExitCodes.Conflict,
                $"That already exists{Quoted(detail)}."),
            StatusCode.Unavailable => (ExitCodes.Unavailable,
                $"Could not reach the {service} service at {failure.Address}{Quoted(detail)}; is the AppHost running? Start it with bash scripts/start.sh."),
            StatusCode.DeadlineExceeded => (ExitCodes.Unavailable,
                $"The {service} service at {failure.Address} did not answer within {Durations.Describe(failure.Timeout ?? TimeSpan.Zero)}; try again, or allow longer with --timeout."),
            StatusCode.ResourceExhausted => (ExitCodes.Unavailable,
                $"The {service} service is turning calls away for now{Quoted(detail)}{RetryAfter(failure.Rpc)}."),
            StatusCode.Unimplemented => (ExitCodes.Unexpected,
                $"The server at {failure.Address} does not offer {failure.Method}: is that really the {service} service, and up to date?"),
            StatusCode.Cancelled => (ExitCodes.Interrupted, "The call was cancelled."),
            _ => (ExitCodes.Unexpected,
                $"The {service} service failed with {Name(failure.StatusCode)}{Quoted(detail)}."),
        };
        return new ErrorDescription(exitCode, message)
        {
            Status = Name(failure.StatusCode),
            Service = service,
            Address = failure.Address.ToString(),
            Violations = violations,
        };
    }

    /// <summary>INVALID_ARGUMENT → "INVALID_ARGUMENT", as gRPC writes status names.</summary>
    public static string Name(StatusCode code)
    {
        var name = code.ToString();
        if (name == "OK")
        {
            return name;
        }
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>
    /// A role the RPC is not for is told whom it is for; otherwise the service's own reason (whose
    /// record it is) is the sentence, since only it knows which rule applied.
    /// </summary>
    private static string Refusal(ServiceCallException failure, string service, string detail, string? role)
    {
        if (role is not null && RpcAudiences.Of(failure.Method) is { } audience && !audience.Admits(role))
        {
            return $"{audience.What} is for {audience.RolesInWords}: the token's role is {role}.";
        }
        if (detail.Length > 0)
        {
            return $"Not allowed: {detail} ({service} service).";
        }
        return role is null
            ? $"Not allowed: the {service} service refused this caller."
            : $"Not allowed: the {service} service refused this to {("aeiou".Contains(role[0], StringComparison.OrdinalIgnoreCase) ? "an" : "a")} {role}.";
    }

    private static string Quoted(string detail) => detail.Length > 0 ? $": {detail}" : "";

    private static List<(string Field, string Description)> Violations(RpcException rpc) =>
        rpc.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => (v.Field, v.Description)).ToList() ?? [];

    private static string RetryAfter(RpcException rpc) =>
        int.TryParse(rpc.Trailers.GetValue("retry-after-ms"), out var milliseconds)
            ? $"; retry in {Durations.Describe(TimeSpan.FromMilliseconds(milliseconds))}"
            : "; wait a moment and retry";
}
