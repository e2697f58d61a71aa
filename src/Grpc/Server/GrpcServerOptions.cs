namespace Telehealth.Grpc.Server;

public sealed class GrpcServerOptions
{
    /// <summary>Largest message a call may receive, after decompression; null means no limit.</summary>
    public int? MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest message a call may send; null means no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>Compression for responses when the client accepts it ("gzip"), unless a call chooses otherwise.</summary>
    public string? ResponseCompression { get; set; }

    /// <summary>Interceptor types run around every call, outermost first; resolved once from the services.</summary>
    public IList<Type> Interceptors { get; } = new List<Type>();

    /// <summary>Send handler exception messages to clients. Leave off where messages may hold personal data.</summary>
    public bool EnableDetailedErrors { get; set; }

    public GrpcServerOptions AddInterceptor<T>()
        where T : ServerInterceptor
    {
        Interceptors.Add(typeof(T));
        return this;
    }
}
