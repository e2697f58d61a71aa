using System.Collections.Concurrent;

namespace Telehealth.ServiceDefaults.Tests.Probe;

/// <summary>How many new messages each batch handed to the batch consumer's handler held.</summary>
public sealed class BatchSizes
{
    public ConcurrentQueue<int> Values { get; } = new();
}
