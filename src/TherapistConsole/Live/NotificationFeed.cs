using Grpc.Core;
using Telehealth.Contracts.Notification.V1;

namespace Telehealth.TherapistConsole.Live;

/// <summary>
/// The signed-in therapist's notifications as they arrive, one reader per circuit: pages listen
/// and refresh what a notification may have changed (triage, a patient's suggestions) without a
/// reload. It subscribes after the newest notification there already is, and after a lost
/// connection resumes from the last one it received, so nothing is missed or repeated.
/// </summary>
public sealed class NotificationFeed(NotificationService.NotificationServiceClient notifications, TimeProvider clock, ILogger<NotificationFeed> logger) : IAsyncDisposable
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stopping = new();
    private Task? _reading;

    /// <summary>A notification arrived; handlers run on the feed's reader, so components marshal with InvokeAsync.</summary>
    public event Func<Notification, Task>? Arrived;

    /// <summary>The feed connected or lost its connection.</summary>
    public event Func<Task>? StateChanged;

    public FeedState State { get; private set; } = FeedState.Connecting;

    /// <summary>Starts reading, once per circuit; later calls do nothing.</summary>
    public void Start() => _reading ??= Task.Run(() => ReadAsync(_stopping.Token));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_reading is not null)
        {
            await _reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        _stopping.Dispose();
    }

    private async Task ReadAsync(CancellationToken stopping)
    {
        long? cursor = null;
        var wait = FirstRetry;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                cursor ??= (await notifications.ListNotificationsAsync(new ListNotificationsRequest { PageSize = 1 }, cancellationToken: stopping)).LatestCursor;
                using var call = notifications.Subscribe(new SubscribeRequest { AfterCursor = cursor.Value }, cancellationToken: stopping);
                await SetStateAsync(FeedState.Live);
                while (await call.ResponseStream.MoveNext(stopping))
                {
                    var notification = call.ResponseStream.Current;
                    cursor = notification.Cursor;
                    wait = FirstRetry;
                    await RaiseAsync(notification);
                }
            }
            catch (Exception exception) when (stopping.IsCancellationRequested && exception is OperationCanceledException or RpcException)
            {
                return;
            }
            catch (RpcException exception)
            {
                logger.LogInformation("The notification feed lost its connection ({Status}); trying again in {Wait}", exception.StatusCode, wait);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "The notification feed stopped");
                await SetStateAsync(FeedState.Reconnecting);
                return;
            }
            await SetStateAsync(FeedState.Reconnecting);
            try
            {
                await Task.Delay(wait, clock, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestRetry.Ticks));
        }
    }

    private async Task RaiseAsync(Notification notification)
    {
        foreach (var handler in Arrived?.GetInvocationList().Cast<Func<Notification, Task>>() ?? [])
        {
            try
            {
                await handler(notification);
            }
            catch (Exception exception)
            {
                // One page failing to refresh must not end the feed for the others.
                logger.LogWarning(exception, "A page failed to take in a notification");
            }
        }
    }

    private async Task SetStateAsync(FeedState state)
    {
        if (State == state)
        {
            return;
        }
        State = state;
        foreach (var handler in StateChanged?.GetInvocationList().Cast<Func<Task>>() ?? [])
        {
            await handler();
        }
    }
}
