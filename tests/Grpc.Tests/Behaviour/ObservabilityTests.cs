using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Telehealth.Grpc.Diagnostics;
using Telehealth.Grpc.Tests.Probe;

namespace Telehealth.Grpc.Tests.Behaviour;

/// <summary>Spans and metrics follow OpenTelemetry's RPC conventions, and trace context crosses the call.</summary>
[Collection(SequentialCollection.Name)]
public sealed class ObservabilityTests
{
    [Fact]
    public async Task Client_and_server_spans_share_the_trace_and_carry_rpc_attributes()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is GrpcDiagnostics.ServerSourceName or GrpcDiagnostics.ClientSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var probe = await ProbeServer.StartAsync();

        var info = await probe.Channel.UnaryCall(ProbeMethods.Info, new Nothing());

        var client = Assert.Single(stopped, a => a.Kind == ActivityKind.Client && a.DisplayName == "probe.v1.ProbeService/Info");
        var server = Assert.Single(stopped, a => a.Kind == ActivityKind.Server && a.DisplayName == "probe.v1.ProbeService/Info");
        Assert.Equal(client.TraceId, server.TraceId);
        Assert.Equal(client.SpanId, server.ParentSpanId);
        Assert.Equal(client.TraceId.ToString(), info.TraceId);
        foreach (var span in new[] { client, server })
        {
            Assert.Equal("grpc", span.GetTagItem("rpc.system"));
            Assert.Equal("probe.v1.ProbeService", span.GetTagItem("rpc.service"));
            Assert.Equal("Info", span.GetTagItem("rpc.method"));
            Assert.Equal(0, span.GetTagItem("rpc.grpc.status_code"));
        }
    }

    [Fact]
    public async Task Call_durations_are_recorded_with_the_status_code()
    {
        var recorded = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GrpcDiagnostics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            var map = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                map[tag.Key] = tag.Value;
            }
            recorded.Enqueue((instrument.Name, value, map));
        });
        listener.Start();
        await using var probe = await ProbeServer.StartAsync();

        await Testing.InteropClient.ExpectStatus(StatusCode.InvalidArgument,
            () => probe.Channel.UnaryCall(ProbeMethods.Fail, new FailRequest { Kind = "bad_request" }).ResponseAsync);

        foreach (var instrument in new[] { "rpc.server.call.duration", "rpc.client.call.duration" })
        {
            var measurement = Assert.Single(recorded, r => r.Instrument == instrument && (string?)r.Tags["rpc.method"] == "Fail");
            Assert.Equal((int)StatusCode.InvalidArgument, measurement.Tags["rpc.grpc.status_code"]);
            Assert.Equal("grpc", measurement.Tags["rpc.system"]);
            Assert.InRange(measurement.Value, 0, 30);
        }
    }
}
