using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// gRPC's rich error model as the services answer with it: a google.rpc.Status with typed details
/// (BadRequest naming every field at fault), carried in grpc-status-details-bin by Grpc.StatusProto.
/// </summary>
public static class RichStatus
{
    public static RpcException ToRpcException(StatusCode code, string message, params IMessage[] details)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        foreach (var detail in details)
        {
            status.Details.Add(Any.Pack(detail));
        }
        return status.ToRpcException();
    }

    /// <summary>INVALID_ARGUMENT naming each field at fault.</summary>
    public static RpcException InvalidArgument(IEnumerable<(string Field, string Description)> violations)
    {
        var badRequest = new BadRequest();
        foreach (var (field, description) in violations)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        }
        var summary = string.Join("; ", badRequest.FieldViolations.Select(v => $"{v.Field}: {v.Description}"));
        return ToRpcException(StatusCode.InvalidArgument, summary, badRequest);
    }

    public static RpcException InvalidArgument(string field, string description) =>
        InvalidArgument([(field, description)]);
}
