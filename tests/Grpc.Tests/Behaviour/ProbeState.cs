using System.Collections.Concurrent;

namespace Telehealth.Grpc.Tests.Behaviour;

/// <summary>What the probe handlers saw, shared with the test.</summary>
public sealed class ProbeState
{
    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<bool> WaitEnded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int FailuresBeforeSuccess { get; set; }

    public int FlakyCalls;

    public ConcurrentQueue<string> Log { get; } = new();
}
