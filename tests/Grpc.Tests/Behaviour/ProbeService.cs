using System.Diagnostics;
using Telehealth.Grpc.Server;
using Telehealth.Grpc.Tests.Probe;

namespace Telehealth.Grpc.Tests.Behaviour;

public sealed class ProbeService(ProbeState state)
{
    public async Task<WaitReply> Wait(WaitRequest request, ServerCallContext context)
    {
        state.WaitStarted.TrySetResult();
        try
        {
            await Task.Delay(request.Milliseconds == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(request.Milliseconds), context.CancellationToken);
            state.WaitEnded.TrySetResult(false);
            return new WaitReply();
        }
        catch (OperationCanceledException)
        {
            state.WaitEnded.TrySetResult(true);
            throw;
        }
    }

    public Task<Nothing> Fail(FailRequest request, ServerCallContext context) => request.Kind switch
    {
        "exception" => throw new InvalidOperationException("patient Jane Doe reported pain 9"),
        "bad_request" => throw RichStatus.InvalidArgument([("pain_after", "must be between 0 and 10"), ("exercise_id", "is required")]),
        "unavailable" => throw new RpcException(StatusCode.Unavailable, "try again"),
        _ => Task.FromResult(new Nothing()),
    };

    public Task<InfoReply> Info(Nothing request, ServerCallContext context)
    {
        var reply = new InfoReply
        {
            Peer = context.Peer,
            Method = context.Method,
            HasDeadline = context.Deadline != DateTime.MaxValue,
            TraceId = Activity.Current?.TraceId.ToString() ?? "",
        };
        reply.HeaderKeys.AddRange(context.RequestHeaders.Select(e => e.Key));
        return Task.FromResult(reply);
    }

    public Task<Nothing> Flaky(Nothing request, ServerCallContext context) =>
        Interlocked.Increment(ref state.FlakyCalls) <= state.FailuresBeforeSuccess
            ? throw new RpcException(StatusCode.Unavailable, "not yet")
            : Task.FromResult(new Nothing());
}
