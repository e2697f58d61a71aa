using System.Net;
using System.Net.Security;
using Google.Protobuf;

namespace Telehealth.Grpc.Client;

/// <summary>
/// A connection pool to one gRPC server: HTTP/2 only (h2c for http addresses, ALPN over TLS for
/// https), more connections opened when a connection's streams run out. Share one per server.
/// </summary>
public sealed class GrpcChannel : IDisposable
{
    private readonly HttpMessageInvoker _invoker;

    private GrpcChannel(Uri address, GrpcChannelOptions options)
    {
        Address = address;
        Options = options;
        _invoker = new HttpMessageInvoker(options.HttpHandler ?? CreateHandler(options), disposeHandler: true);
    }

    public Uri Address { get; }

    public GrpcChannelOptions Options { get; }

    internal HttpMessageInvoker Invoker => _invoker;

    public static GrpcChannel ForAddress(string address, GrpcChannelOptions? options = null) =>
        ForAddress(new Uri(address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address), options);

    public static GrpcChannel ForAddress(Uri address, GrpcChannelOptions? options = null)
    {
        if (address.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"A gRPC address is http:// or https://, not {address.Scheme}://.", nameof(address));
        }
        if (address.Scheme == "http" && options?.TrustedCertificateAuthorities is not null)
        {
            // Silently dropping the trust setting would leave someone believing the channel is encrypted.
            throw new ArgumentException($"Trusted certificate authorities need an https:// address, not {address}.", nameof(address));
        }
        return new GrpcChannel(address, options ?? new GrpcChannelOptions());
    }

    public AsyncUnaryCall<TResponse> UnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        new ClientCall<TRequest, TResponse>(this, method, options).StartUnary(request);

    public AsyncServerStreamingCall<TResponse> ServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        new ClientCall<TRequest, TResponse>(this, method, options).StartServerStreaming(request);

    public AsyncClientStreamingCall<TRequest, TResponse> ClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        new ClientCall<TRequest, TResponse>(this, method, options).StartClientStreaming();

    public AsyncDuplexStreamingCall<TRequest, TResponse> DuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        new ClientCall<TRequest, TResponse>(this, method, options).StartDuplexStreaming();

    public void Dispose() => _invoker.Dispose();

    private static SocketsHttpHandler CreateHandler(GrpcChannelOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
            UseCookies = false,
            // The call itself propagates trace context, as gRPC metadata.
            ActivityHeadersPropagator = null,
        };
        if (options.TrustedCertificateAuthorities is { } authorities)
        {
            // ALPN needs nothing here: the handler offers h2 alone because every request is HTTP/2-exact.
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = new CertificateAuthorityTrust(authorities).Validate,
            };
        }
        return handler;
    }
}
