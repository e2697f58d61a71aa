using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace Telehealth.Notification.Tests.Support;

/// <summary>The spans an exporter would be given: those ended with the Recorded flag, tags and status as text.</summary>
public sealed class CapturedSpans : BaseProcessor<Activity>
{
    public ConcurrentQueue<string> Exported { get; } = new();

    public override void OnEnd(Activity data)
    {
        if (data.Recorded)
        {
            var tags = string.Join(" ", data.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            var events = string.Join(" ", data.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}")));
            Exported.Enqueue($"{data.Source.Name} {data.DisplayName} {tags} {data.StatusDescription} {events}");
        }
    }
}
