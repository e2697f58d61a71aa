using System.Collections.Concurrent;

namespace Telehealth.ServiceDefaults.Tests.Probe;

/// <summary>How many messages each batch handed to the batch consumer held, duplicates included.</summary>
public sealed class BatchSizes
{
    public ConcurrentQueue<int> Values { get; } = new();
}
