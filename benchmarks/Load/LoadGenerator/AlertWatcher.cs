using System.Collections.Concurrent;
using System.Diagnostics;
using Telehealth.Contracts.Notification.V1;
using Grpc.Core;

namespace Telehealth.Benchmarks.Load;

/// <summary>
/// Every therapist's Subscribe stream on the notification service. A flare report is registered
/// just before it is sent; the PAIN_FLARE notification about that patient that comes down the
/// therapist's stream ends its clock. Each patient flares at most once, so the patient id matches
/// a notification to its report.
/// </summary>
public sealed class AlertWatcher : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, long> _pending = new();
    // A flare's answer and its alert may come in either order, on different threads.
    private readonly Lock _answerAndAlert = new();
    private readonly Dictionary<string, long> _answeredAt = [];
    private readonly Dictionary<string, long> _arrivedAt = [];
    private readonly ConcurrentDictionary<NotificationKind, int> _kinds = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _readers = [];
    private readonly List<AsyncServerStreamingCall<Notification>> _streams = [];
    private int _unmatched;
    private int _streamFailures;

    public Latencies Latency { get; } = new();

    /// <summary>From a flare report's answer to its alert's arrival: the trip downstream alone (negative when the alert came first).</summary>
    public Latencies AfterAnswer { get; } = new();

    public int Pending => _pending.Count;

    public int Unmatched => _unmatched;

    public int StreamFailures => _streamFailures;

    public IReadOnlyDictionary<NotificationKind, int> Kinds => _kinds;

    public static async Task<AlertWatcher> StartAsync(RunningSystem system, Population population, TimeSpan lifetime)
    {
        var watcher = new AlertWatcher();
        await Task.WhenAll(population.Therapists.Select(async therapist =>
        {
            var client = system.Notification(therapist.Index);
            // Only what is new: the inbox may already hold notifications from the setup.
            var latest = (await Rpc.CallUntilDoneAsync("ListNotifications", options => client.ListNotificationsAsync(new ListNotificationsRequest { PageSize = 1 }, options), therapist.Caller)).LatestCursor;
            var stream = client.Subscribe(new SubscribeRequest { AfterCursor = latest }, therapist.Caller.Options(lifetime, watcher._stop.Token));
            await stream.ResponseHeadersAsync;
            lock (watcher._streams)
            {
                watcher._streams.Add(stream);
                watcher._readers.Add(Task.Run(() => watcher.ReadAsync(stream)));
            }
        }));
        return watcher;
    }

    /// <summary>Call just before sending a flare report.</summary>
    public void Expect(string patientId) => _pending[patientId] = Stopwatch.GetTimestamp();

    /// <summary>Call when a flare report is answered, with the time of the answer.</summary>
    public void Answered(string patientId, long answeredAt) => Meet(patientId, answeredAt, _answeredAt, _arrivedAt, isAnswer: true);

    /// <summary>The report failed: no alert will come.</summary>
    public void Forget(string patientId) => _pending.TryRemove(patientId, out _);

    /// <summary>Waits until every expected alert has arrived, or <paramref name="atMost"/>; the rest count as lost.</summary>
    public async Task<int> DrainAsync(TimeSpan atMost)
    {
        var clock = Stopwatch.StartNew();
        while (!_pending.IsEmpty && clock.Elapsed < atMost)
        {
            await Task.Delay(100);
        }
        var lost = _pending.Count;
        Latency.AddMissing(lost);
        _pending.Clear();
        return lost;
    }

    private async Task ReadAsync(AsyncServerStreamingCall<Notification> stream)
    {
        try
        {
            while (await stream.ResponseStream.MoveNext(_stop.Token))
            {
                var arrived = Stopwatch.GetTimestamp();
                var notification = stream.ResponseStream.Current;
                _kinds.AddOrUpdate(notification.Kind, 1, (_, n) => n + 1);
                if (notification.Kind != NotificationKind.PainFlare)
                {
                    continue;
                }
                if (_pending.TryRemove(notification.PatientId, out var sent))
                {
                    Latency.Add(Stopwatch.GetElapsedTime(sent, arrived));
                    ArrivedAfterAnswer(notification.PatientId, arrived);
                }
                else
                {
                    Interlocked.Increment(ref _unmatched);
                }
            }
        }
        catch (RpcException) when (_stop.IsCancellationRequested)
        {
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (RpcException)
        {
            Interlocked.Increment(ref _streamFailures);
        }
    }

    private void ArrivedAfterAnswer(string patientId, long arrived) => Meet(patientId, arrived, _arrivedAt, _answeredAt, isAnswer: false);

    // Whichever of a flare's answer and its alert comes second records the time from the one to the other.
    private void Meet(string patientId, long at, Dictionary<string, long> mine, Dictionary<string, long> theirs, bool isAnswer)
    {
        lock (_answerAndAlert)
        {
            if (theirs.Remove(patientId, out var other))
            {
                AfterAnswer.Add(isAnswer ? Stopwatch.GetElapsedTime(at, other) : Stopwatch.GetElapsedTime(other, at));
            }
            else
            {
                mine[patientId] = at;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_readers).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        foreach (var stream in _streams)
        {
            stream.Dispose();
        }
        _stop.Dispose();
    }
}
