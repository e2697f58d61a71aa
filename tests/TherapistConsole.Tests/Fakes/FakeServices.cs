using System.Collections.Concurrent;
using Grpc.Core;
using Telehealth.Contracts.Notification.V1;

namespace Telehealth.TherapistConsole.Tests.Fakes;

/// <summary>
/// The four services as the console's generated clients see them: each unary method answers what
/// the test said, or fails as it said; Subscribe streams the notifications the test sends. Every
/// call is recorded with its request.
/// </summary>
public sealed class FakeServices : CallInvoker
{
    private readonly ConcurrentDictionary<string, Func<object, object>> _answers = new();
    private readonly System.Threading.Channels.Channel<Notification> _notifications = System.Threading.Channels.Channel.CreateUnbounded<Notification>();

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public FakeServices Answer<TRequest, TResponse>(string method, Func<TRequest, TResponse> answer)
        where TResponse : class
    {
        _answers[method] = request => answer((TRequest)request);
        return this;
    }

    public FakeServices Fail(string method, RpcException failure)
    {
        _answers[method] = _ => throw failure;
        return this;
    }

    /// <summary>The requests made to <paramref name="method"/>, in order.</summary>
    public IReadOnlyList<TRequest> Requests<TRequest>(string method) =>
        Calls.Where(call => call.Method == method).Select(call => (TRequest)call.Request).ToList();

    /// <summary>A notification on every open Subscribe stream (the console opens one per circuit).</summary>
    public void Notify(Notification notification) => _notifications.Writer.TryWrite(notification);

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        Calls.Enqueue(new RecordedCall(method.Name, request));
        Task<TResponse> response;
        try
        {
            response = _answers.TryGetValue(method.Name, out var answer)
                ? Task.FromResult((TResponse)answer(request))
                : throw new RpcException(new Status(StatusCode.Unimplemented, $"The test gave no answer for {method.Name}."));
        }
        catch (RpcException failure)
        {
            response = Task.FromException<TResponse>(failure);
        }
        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        Calls.Enqueue(new RecordedCall(method.Name, request));
        if (typeof(TResponse) != typeof(Notification))
        {
            throw new NotSupportedException($"{method.Name} is not a stream the console reads.");
        }
        var stream = (IAsyncStreamReader<TResponse>)(object)new ChannelStream(_notifications.Reader);
        return new AsyncServerStreamingCall<TResponse>(stream, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException("The console makes no blocking calls.");

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException("The services have no client streams.");

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException("The services have no duplex streams.");

    private sealed class ChannelStream(System.Threading.Channels.ChannelReader<Notification> reader) : IAsyncStreamReader<Notification>
    {
        public Notification Current { get; private set; } = null!;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            try
            {
                Current = await reader.ReadAsync(cancellationToken);
                return true;
            }
            catch (OperationCanceledException)
            {
                throw new RpcException(new Status(StatusCode.Cancelled, "The stream was cancelled."));
            }
        }
    }
}
