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
    public static RpcException InvalidField(string field, string description)
    {
        var status = new Status
        {
            Code = (int)Code.InvalidArgument,
            Message = $"{field}: {description}",
            Details = { Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = description } } }) },
        };
        return status.ToRpcException();
    }
}
