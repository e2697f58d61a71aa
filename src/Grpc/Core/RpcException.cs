namespace Telehealth.Grpc;

/// <summary>
/// Thrown by handlers to end a call with a status, and by clients when a call ends with one.
/// Trailers travel with it, including a google.rpc.Status in grpc-status-details-bin.
/// </summary>
public class RpcException : Exception
{
    public RpcException(Status status)
        : this(status, new Metadata())
    {
    }

    public RpcException(Status status, Metadata trailers)
        : base(status.ToString())
    {
        Status = status;
        Trailers = trailers;
    }

    public RpcException(StatusCode code, string detail)
        : this(new Status(code, detail))
    {
    }

    public Status Status { get; }

    public StatusCode StatusCode => Status.StatusCode;

    public Metadata Trailers { get; }
}
