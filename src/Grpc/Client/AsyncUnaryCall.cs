using System.Runtime.CompilerServices;

namespace Telehealth.Grpc.Client;

/// <summary>A unary call in flight: await it for the response; headers, status and trailers alongside.</summary>
public sealed class AsyncUnaryCall<TResponse> : IDisposable
{
    private readonly IClientCallLifecycle _call;

    internal AsyncUnaryCall(Task<TResponse> responseAsync, IClientCallLifecycle call)
    {
        ResponseAsync = responseAsync;
        _call = call;
    }

    public Task<TResponse> ResponseAsync { get; }

    public Task<Metadata> ResponseHeadersAsync => _call.ResponseHeadersAsync;

    public Status GetStatus() => _call.GetStatus();

    public Metadata GetTrailers() => _call.GetTrailers();

    public TaskAwaiter<TResponse> GetAwaiter() => ResponseAsync.GetAwaiter();

    public void Dispose() => _call.Dispose();
}
