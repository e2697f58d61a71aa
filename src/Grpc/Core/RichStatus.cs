using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace Telehealth.Grpc;

/// <summary>
/// gRPC's rich error model: a google.rpc.Status with typed details (BadRequest and friends),
/// carried in the grpc-status-details-bin trailer beside grpc-status and grpc-message.
/// </summary>
public static class RichStatus
{
    /// <summary>An exception whose trailers carry the status and its details.</summary>
    public static RpcException ToRpcException(StatusCode code, string message, params IMessage[] details)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        foreach (var detail in details)
        {
            status.Details.Add(Any.Pack(detail));
        }
        var trailers = new Metadata().Add(GrpcProtocol.StatusDetailsHeader, status.ToByteArray());
        return new RpcException(new Status(code, message), trailers);
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

    /// <summary>The google.rpc.Status in a call's trailers, if the peer sent one.</summary>
    public static Google.Rpc.Status? GetRichStatus(this RpcException exception)
    {
        var bytes = exception.Trailers.GetValueBytes(GrpcProtocol.StatusDetailsHeader);
        if (bytes is null)
        {
            return null;
        }
        try
        {
            return Google.Rpc.Status.Parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }

    /// <summary>The first detail of type <typeparamref name="T"/> in the rich status, if any.</summary>
    public static T? GetDetail<T>(this RpcException exception)
        where T : class, IMessage<T>, new()
    {
        var status = exception.GetRichStatus();
        if (status is null)
        {
            return null;
        }
        var descriptor = new T().Descriptor;
        foreach (var any in status.Details)
        {
            if (any.Is(descriptor))
            {
                return any.Unpack<T>();
            }
        }
        return null;
    }
}
