using System.Diagnostics;
using System.Diagnostics.Metrics;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;

namespace Telehealth.Grpc.Diagnostics;

/// <summary>
/// Spans and metrics after OpenTelemetry's RPC conventions: span name "service/method",
/// rpc.system=grpc, rpc.service, rpc.method, rpc.grpc.status_code, and call duration histograms in seconds.
/// </summary>
public static class GrpcDiagnostics
{
    public const string ServerSourceName = "Telehealth.Grpc.Server";
    public const string ClientSourceName = "Telehealth.Grpc.Client";
    public const string MeterName = "Telehealth.Grpc";

    public static readonly ActivitySource ServerSource = new(ServerSourceName);
    public static readonly ActivitySource ClientSource = new(ClientSourceName);

    private static readonly Meter Meter = new(MeterName);
    private static readonly double[] DurationBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private static readonly Histogram<double> ServerDuration = Meter.CreateHistogram(
        "rpc.server.call.duration", "s", "Duration of gRPC calls served.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    private static readonly Histogram<double> ClientDuration = Meter.CreateHistogram(
        "rpc.client.call.duration", "s", "Duration of gRPC calls made.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    /// <summary>A server span under the caller's trace (from traceparent metadata), or null when nobody listens.</summary>
    public static Activity? StartServerActivity(HttpContext httpContext, MethodDescriptor method)
    {
        if (!ServerSource.HasListeners())
        {
            return null;
        }
        var parent = Activity.Current?.Context ?? ExtractParent(httpContext.Request.Headers);
        var activity = ServerSource.StartActivity($"{method.Service.FullName}/{method.Name}", ActivityKind.Server, parent);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("rpc.system", "grpc");
            activity.SetTag("rpc.service", method.Service.FullName);
            activity.SetTag("rpc.method", method.Name);
            activity.SetTag("network.peer.address", httpContext.Connection.RemoteIpAddress?.ToString());
            activity.SetTag("server.port", httpContext.Connection.LocalPort);
        }
        return activity;
    }

    public static void StopServerCall(Activity? activity, MethodDescriptor method, StatusCode code, long startedTimestamp) =>
        Stop(activity, ServerDuration, method.Service.FullName, method.Name, code, startedTimestamp);

    public static Activity? StartClientActivity(string service, string method, string target)
    {
        var activity = ClientSource.StartActivity($"{service}/{method}", ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("rpc.system", "grpc");
            activity.SetTag("rpc.service", service);
            activity.SetTag("rpc.method", method);
            activity.SetTag("server.address", target);
        }
        return activity;
    }

    public static void StopClientCall(Activity? activity, string service, string method, StatusCode code, long startedTimestamp) =>
        Stop(activity, ClientDuration, service, method, code, startedTimestamp);

    /// <summary>Writes the current trace context into outgoing metadata headers (W3C traceparent/tracestate).</summary>
    public static void InjectTraceContext(Activity? activity, Action<string, string> setHeader)
    {
        if (activity is null)
        {
            return;
        }
        DistributedContextPropagator.Current.Inject(activity, setHeader, static (carrier, name, value) =>
        {
            if (carrier is Action<string, string> set && value is not null)
            {
                set(name, value);
            }
        });
    }

    private static ActivityContext ExtractParent(IHeaderDictionary headers)
    {
        DistributedContextPropagator.Current.ExtractTraceIdAndState(headers, static (carrier, name, out value, out values) =>
        {
            values = null;
            value = carrier is IHeaderDictionary h && h.TryGetValue(name, out var v) ? v.ToString() : null;
        }, out var traceParent, out var traceState);
        return ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : default;
    }

    private static void Stop(Activity? activity, Histogram<double> duration, string service, string method, StatusCode code, long startedTimestamp)
    {
        if (activity is not null)
        {
            activity.SetTag("rpc.grpc.status_code", (int)code);
            if (code != StatusCode.OK)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }
            activity.Stop();
        }
        if (duration.Enabled)
        {
            duration.Record(
                Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds,
                new KeyValuePair<string, object?>("rpc.system", "grpc"),
                new KeyValuePair<string, object?>("rpc.service", service),
                new KeyValuePair<string, object?>("rpc.method", method),
                new KeyValuePair<string, object?>("rpc.grpc.status_code", (int)code));
        }
    }
}
