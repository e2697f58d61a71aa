using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Status = Google.Rpc.Status;

namespace Telehealth.TherapistConsole.Tests.Fakes;

/// <summary>Refusals as the services send them.</summary>
public static class Failures
{
    public static RpcException Of(StatusCode code, string detail = "") => new(new Grpc.Core.Status(code, detail));

    /// <summary>INVALID_ARGUMENT with a google.rpc.BadRequest naming the field, as RichStatus sends it.</summary>
    public static RpcException InvalidField(string field, string description) => InvalidFields((field, description));

    /// <summary>INVALID_ARGUMENT naming each field at fault, as RichStatus sends it.</summary>
    public static RpcException InvalidFields(params (string Field, string Description)[] violations)
    {
        var request = new BadRequest();
        request.FieldViolations.AddRange(violations.Select(violation => new BadRequest.Types.FieldViolation { Field = violation.Field, Description = violation.Description }));
        var status = new Status
        {
            Code = (int)Code.InvalidArgument,
            Message = string.Join("; ", violations.Select(violation => $"{violation.Field}: {violation.Description}")),
            Details = { Any.Pack(request) },
        };
        return status.ToRpcException();
    }
}
