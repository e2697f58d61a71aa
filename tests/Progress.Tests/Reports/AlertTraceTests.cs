using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Telehealth.Contracts.Events.V1;
using Telehealth.ServiceDefaults.Telemetry;

namespace Telehealth.Progress.Tests.Reports;

/// <summary>However few traces are sampled, a report that alerts a therapist keeps its trace, and its events carry that downstream.</summary>
public sealed class AlertTraceTests : IAsyncLifetime
{
    private readonly ActivitySource _calls = new($"Telehealth.Tests.{Guid.NewGuid():N}");
    private ReportScenario _scenario = null!;
    private TracerProvider _tracing = null!;

    public async Task InitializeAsync()
    {
        _scenario = await ReportScenario.StartAsync();
        // No trace is sampled by its id: only keeping one can export it.
        _tracing = Sdk.CreateTracerProviderBuilder().SetSampler(new KeepableTraceSampler(0)).AddSource(_calls.Name).Build();
    }

    public async Task DisposeAsync()
    {
        _tracing.Dispose();
        _calls.Dispose();
        await _scenario.DisposeAsync();
    }

    [Fact]
    public async Task A_pain_flare_keeps_the_trace_of_its_call_and_of_every_event_it_publishes()
    {
        using var call = _calls.StartActivity("SubmitSessionReport", ActivityKind.Server);
        Assert.NotNull(call);

        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 6);

        Assert.True(call.Recorded, "the flare's call span is not marked for export");
        var traces = await TraceParentsAsync(reportId);
        Assert.Contains(nameof(PainFlareDetected), traces.Keys);
        Assert.All(traces, published =>
        {
            Assert.StartsWith($"00-{call.TraceId}-{call.SpanId}-", published.Value);
            Assert.True(TraceSampling.IsSampled(published.Value), $"{published.Key} went out unsampled: {published.Value}");
        });
    }

    [Fact]
    public async Task A_good_session_leaves_the_sampling_decision_alone()
    {
        using var call = _calls.StartActivity("SubmitSessionReport", ActivityKind.Server);
        Assert.NotNull(call);

        var reportId = await _scenario.SubmitAsync(painBefore: 2, painAfter: 3);

        Assert.False(call.Recorded);
        var traces = await TraceParentsAsync(reportId);
        Assert.Equal([nameof(SessionReported)], traces.Keys);
        Assert.StartsWith($"00-{call.TraceId}-{call.SpanId}-", traces[nameof(SessionReported)]);
        Assert.False(TraceSampling.IsSampled(traces[nameof(SessionReported)]));
    }

    /// <summary>The traceparent of each event the report put in the outbox, by the event's short name.</summary>
    private async Task<Dictionary<string, string?>> TraceParentsAsync(Guid reportId)
    {
        var id = reportId.ToString();
        var messages = await _scenario.QueryAsync(db => db.Outbox.Where(m => m.Payload.Contains(id)).Select(m => new { m.MessageType, m.TraceParent }).ToListAsync());
        Assert.NotEmpty(messages);
        return messages.ToDictionary(m => m.MessageType.Split(',')[0].Split('.')[^1], m => m.TraceParent);
    }
}
