using Microsoft.AspNetCore.Http;

namespace Telehealth.Grpc.Server;

/// <summary>
/// The call's cancellation: the client's RST_STREAM or disconnect, plus the grpc-timeout deadline.
/// Without a deadline no timer or token source is made.
/// </summary>
internal sealed class CallDeadline : IDisposable
{
    // CancellationTokenSource.CancelAfter takes at most int.MaxValue milliseconds.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenSource? _source;
    private readonly CancellationToken _requestAborted;

    private CallDeadline(DateTime deadline, CancellationTokenSource? timer, CancellationToken requestAborted)
    {
        Deadline = deadline;
        _timer = timer;
        _source = timer is null ? null : CancellationTokenSource.CreateLinkedTokenSource(requestAborted, timer.Token);
        _requestAborted = requestAborted;
    }

    public DateTime Deadline { get; }

    public CancellationToken Token => _source?.Token ?? _requestAborted;

    public bool Exceeded => _timer is { IsCancellationRequested: true };

    public static CallDeadline Start(HttpContext httpContext)
    {
        var aborted = httpContext.RequestAborted;
        var header = httpContext.Request.Headers[GrpcProtocol.TimeoutHeader];
        if (header.Count == 0 || !GrpcTimeout.TryParse(header.ToString(), out var timeout) || timeout >= LongestTimer)
        {
            return new CallDeadline(DateTime.MaxValue, null, aborted);
        }
        return new CallDeadline(DateTime.UtcNow + timeout, new CancellationTokenSource(timeout), aborted);
    }

    public void Dispose()
    {
        _source?.Dispose();
        _timer?.Dispose();
    }
}
