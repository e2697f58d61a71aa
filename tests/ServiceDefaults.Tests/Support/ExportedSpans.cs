using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>An exporter that keeps the names of the spans handed to it, for tests of what is exported.</summary>
public sealed class ExportedSpans : BaseExporter<Activity>
{
    private readonly ConcurrentQueue<string> _names = new();

    public IReadOnlyCollection<string> Names => _names.ToArray();

    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var span in batch)
        {
            _names.Enqueue(span.DisplayName);
        }
        return ExportResult.Success;
    }
}
