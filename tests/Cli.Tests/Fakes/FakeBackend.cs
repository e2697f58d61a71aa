using System.Collections.Concurrent;
using Google.Protobuf;
using Grpc.Core;

namespace Telehealth.Cli.Tests.Fakes;

/// <summary>
/// What the fake services answer, keyed by "Service/Method", and every call they received (request and
/// authorization metadata). An RPC nobody set up answers UNIMPLEMENTED.
/// </summary>
public sealed class FakeBackend
{
    private readonly ConcurrentDictionary<string, Func<IMessage, ServerCallContext, Task<IMessage>>> _unary = new();
    private readonly ConcurrentDictionary<string, Func<IMessage, Func<IMessage, Task>, ServerCallContext, Task>> _streams = new();
    private readonly ConcurrentQueue<RecordedCall> _calls = new();

    public void On<TRequest, TResponse>(string method, Func<TRequest, TResponse> answer)
        where TRequest : IMessage
        where TResponse : IMessage =>
        _unary[method] = (request, _) => Task.FromResult<IMessage>(answer((TRequest)request));

    /// <summary>An answer that may depend on how many calls of this method came before (1 for the first).</summary>
    public void On<TRequest, TResponse>(string method, Func<TRequest, int, TResponse> answer)
        where TRequest : IMessage
        where TResponse : IMessage =>
        _unary[method] = (request, _) => Task.FromResult<IMessage>(answer((TRequest)request, Calls(method).Count));

    public void Fail(string method, RpcException failure) =>
        _unary[method] = (_, _) => Task.FromException<IMessage>(failure);

    public void Delay(string method, TimeSpan delay) =>
        _unary[method] = async (_, context) =>
        {
            await Task.Delay(delay, context.CancellationToken);
            throw new RpcException(new Status(StatusCode.Internal, "the delay ended"));
        };

    public void OnStream<TRequest, TResponse>(string method, Func<TRequest, Func<TResponse, Task>, CancellationToken, Task> stream)
        where TRequest : IMessage
        where TResponse : IMessage =>
        _streams[method] = (request, write, context) => stream((TRequest)request, response => write(response), context.CancellationToken);

    internal IReadOnlyList<RecordedCall> Calls(string method) => _calls.Where(c => c.Method == method).ToList();

    internal IReadOnlyList<RecordedCall> AllCalls => _calls.ToList();

    public TRequest Request<TRequest>(string method) where TRequest : IMessage =>
        (TRequest)(Calls(method).LastOrDefault()?.Request ?? throw new InvalidOperationException($"{method} was not called."));

    public async Task<TResponse> Unary<TResponse>(string method, IMessage request, ServerCallContext context)
        where TResponse : IMessage
    {
        _calls.Enqueue(new RecordedCall(method, request, context.RequestHeaders.GetValue("authorization")));
        if (!_unary.TryGetValue(method, out var answer))
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"The fake has no answer for {method}."));
        }
        return (TResponse)await answer(request, context);
    }

    public Task Stream<TResponse>(string method, IMessage request, IServerStreamWriter<TResponse> writer, ServerCallContext context)
    {
        _calls.Enqueue(new RecordedCall(method, request, context.RequestHeaders.GetValue("authorization")));
        if (!_streams.TryGetValue(method, out var stream))
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"The fake has no stream for {method}."));
        }
        return stream(request, message => writer.WriteAsync((TResponse)message, context.CancellationToken), context);
    }
}
