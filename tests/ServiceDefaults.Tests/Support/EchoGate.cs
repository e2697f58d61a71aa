namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>Holds <see cref="HeldProbeApi"/>'s echoes until the test opens it, and counts those that got in.</summary>
internal sealed class EchoGate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _entered;

    public int Entered => Volatile.Read(ref _entered);

    public Task PassAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _entered);
        return _open.Task.WaitAsync(cancellationToken);
    }

    public void Open() => _open.TrySetResult();
}
