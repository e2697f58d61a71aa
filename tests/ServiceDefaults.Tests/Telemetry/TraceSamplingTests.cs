using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Telehealth.ServiceDefaults.Messaging;
using Telehealth.ServiceDefaults.Telemetry;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Telemetry;

/// <summary>A share of traces is exported, and any trace can be kept once it turns out to matter.</summary>
public sealed class TraceSamplingTests : IDisposable
{
    private readonly ActivitySource _source = new($"Telehealth.Tests.{Guid.NewGuid():N}");
    private readonly ExportedSpans _exported = new();
    private TracerProvider? _provider;

    [Fact]
    public void Every_trace_is_exported_unless_a_ratio_is_set()
    {
        Sample(TraceSampling.From(new ConfigurationBuilder().Build()));

        using (_source.StartActivity("call"))
        {
        }

        Assert.Equal(["call"], _exported.Names);
    }

    [Fact]
    public void Outside_the_ratio_a_trace_is_recorded_but_not_exported()
    {
        Sample(new KeepableTraceSampler(0));

        using (var call = _source.StartActivity("call"))
        {
            Assert.NotNull(call);
            Assert.True(call.IsAllDataRequested);
            Assert.False(call.Recorded);
            using (_source.StartActivity("read"))
            {
            }
        }

        Assert.Empty(_exported.Names);
    }

    [Fact]
    public void A_kept_trace_is_exported_from_the_span_that_kept_it_outward_and_onward()
    {
        Sample(new KeepableTraceSampler(0));

        using (var call = _source.StartActivity("call"))
        {
            using (_source.StartActivity("read before"))
            {
            }
            using (var rules = _source.StartActivity("rules"))
            {
                TraceSampling.Keep(rules);
            }
            using (_source.StartActivity("write after"))
            {
            }
        }

        Assert.Equal(["rules", "write after", "call"], _exported.Names);
    }

    [Fact]
    public void An_event_published_after_keeping_carries_the_sampled_flag_even_if_the_id_was_read_before()
    {
        Sample(new KeepableTraceSampler(0));
        using var call = _source.StartActivity("call");
        Assert.NotNull(call);
        Assert.False(TraceSampling.IsSampled(call.Id));
        Assert.False(TraceSampling.IsSampled(OutboxMessage.For(new ProbeEvent("before"), DateTimeOffset.UtcNow).TraceParent));

        TraceSampling.Keep(call);
        var traceParent = OutboxMessage.For(new ProbeEvent("after"), DateTimeOffset.UtcNow).TraceParent;

        Assert.StartsWith($"00-{call.TraceId}-{call.SpanId}-", traceParent);
        Assert.True(TraceSampling.IsSampled(traceParent), $"{traceParent} is not sampled");
        Assert.False(TraceSampling.IsSampled(call.Id), "Activity.Id was expected to keep the flags it was first read with");
    }

    [Theory]
    [InlineData(ActivityTraceFlags.Recorded, true)]
    [InlineData(ActivityTraceFlags.None, false)]
    public void A_span_follows_its_remote_parent(ActivityTraceFlags parentFlags, bool exported)
    {
        Sample(new KeepableTraceSampler(0.5));
        var parent = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), parentFlags, isRemote: true);

        using (var consume = _source.StartActivity("consume", ActivityKind.Consumer, parent))
        {
            Assert.NotNull(consume);
        }

        Assert.Equal(exported ? ["consume"] : [], _exported.Names);
    }

    [Fact]
    public void About_the_ratio_of_new_traces_is_exported()
    {
        Sample(new KeepableTraceSampler(0.25));

        for (var call = 0; call < 4000; call++)
        {
            using (_source.StartActivity("call"))
            {
            }
        }

        // Trace ids are random: 1,000 expected, and 850–1,150 is over six standard deviations wide.
        Assert.InRange(_exported.Names.Count, 850, 1150);
    }

    [Theory]
    [InlineData("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", true)]
    [InlineData("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-03", true)]
    [InlineData("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-02", false)]
    [InlineData("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00", false)]
    [InlineData(null, false)]
    public void The_sampled_flag_is_the_lowest_bit_of_the_flags(string? traceParent, bool sampled) =>
        Assert.Equal(sampled, TraceSampling.IsSampled(traceParent));

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("a tenth")]
    public void A_ratio_outside_zero_to_one_is_refused_with_the_setting_named(string ratio)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create(TraceSampling.RatioSetting, (string?)ratio)]).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => TraceSampling.From(configuration));

        Assert.Contains(TraceSampling.RatioSetting, refused.Message);
    }

    public void Dispose()
    {
        _provider?.Dispose();
        _source.Dispose();
    }

    private void Sample(KeepableTraceSampler sampler) =>
        _provider = Sdk.CreateTracerProviderBuilder()
            .SetSampler(sampler)
            .AddSource(_source.Name)
            .AddProcessor(new SimpleActivityExportProcessor(_exported))
            .Build();

    private sealed record ProbeEvent(string Text);
}
