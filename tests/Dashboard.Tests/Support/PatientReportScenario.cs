using Telehealth.AppHost.Dashboard.Otlp.Logs.V1;
using OtlpSpanKind = Telehealth.AppHost.Dashboard.Otlp.Trace.V1.Span.Types.SpanKind;

namespace Telehealth.AppHost.Dashboard.Tests.Support;

/// <summary>
/// The telemetry of one patient's session report, as the services would export it: progress takes the gRPC
/// call, writes SQLite and publishes SessionReported to RabbitMQ; scheduling and notification consume it.
/// Each service posts its own spans, logs and metrics, as separate exporters do.
/// </summary>
internal sealed class PatientReportScenario
{
    public static readonly double[] LatencyBounds = [0, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1];

    public string TraceId { get; private set; } = "";

    public int SpanCount => 6;

    public static async Task<PatientReportScenario> PostAsync(TestDashboard dashboard)
    {
        var scenario = new PatientReportScenario();
        await scenario.PostTracesAndLogsAsync(dashboard);
        await PostMetricsAsync(dashboard);
        return scenario;
    }

    private async Task PostTracesAndLogsAsync(TestDashboard dashboard)
    {
        var traceId = OtlpRequests.NewTraceId();
        TraceId = OtlpRequests.Hex(traceId);
        var t0 = DateTimeOffset.UtcNow.AddSeconds(-2);
        var server = OtlpRequests.NewSpanId();
        var insert = OtlpRequests.NewSpanId();
        var publish = OtlpRequests.NewSpanId();
        var scheduling = OtlpRequests.NewSpanId();
        var schedulingDb = OtlpRequests.NewSpanId();
        var notification = OtlpRequests.NewSpanId();

        await dashboard.PostOtlpOkAsync("/v1/traces", OtlpRequests.Traces("progress",
            OtlpRequests.Span(traceId, server, null, "telehealth.progress.v1.ProgressService/SubmitSessionReport", OtlpSpanKind.Server, t0, TimeSpan.FromMilliseconds(48),
                OtlpRequests.Attribute("rpc.system", "grpc"), OtlpRequests.Attribute("rpc.service", "telehealth.progress.v1.ProgressService"),
                OtlpRequests.Attribute("rpc.method", "SubmitSessionReport"), OtlpRequests.Attribute("rpc.grpc.status_code", 0)),
            OtlpRequests.Span(traceId, insert, server, "INSERT session_reports", OtlpSpanKind.Client, t0.AddMilliseconds(6), TimeSpan.FromMilliseconds(9),
                OtlpRequests.Attribute("db.system", "sqlite"), OtlpRequests.Attribute("db.name", "progressdb")),
            OtlpRequests.Span(traceId, publish, server, "SessionReported send", OtlpSpanKind.Producer, t0.AddMilliseconds(18), TimeSpan.FromMilliseconds(12),
                OtlpRequests.Attribute("messaging.system", "rabbitmq"), OtlpRequests.Attribute("messaging.destination.name", "Telehealth.Contracts.Events:SessionReported"))));
        await dashboard.PostOtlpOkAsync("/v1/traces", OtlpRequests.Traces("scheduling",
            OtlpRequests.Span(traceId, scheduling, publish, "SessionReported receive", OtlpSpanKind.Consumer, t0.AddMilliseconds(34), TimeSpan.FromMilliseconds(21),
                OtlpRequests.Attribute("messaging.system", "rabbitmq"), OtlpRequests.Attribute("messaging.operation", "process")),
            OtlpRequests.Span(traceId, schedulingDb, scheduling, "UPDATE planned_sessions", OtlpSpanKind.Client, t0.AddMilliseconds(38), TimeSpan.FromMilliseconds(7),
                OtlpRequests.Attribute("db.system", "sqlite"))));
        await dashboard.PostOtlpOkAsync("/v1/traces", OtlpRequests.Traces("notification",
            OtlpRequests.Span(traceId, notification, publish, "SessionReported receive", OtlpSpanKind.Consumer, t0.AddMilliseconds(36), TimeSpan.FromMilliseconds(30),
                OtlpRequests.Attribute("messaging.system", "rabbitmq"), OtlpRequests.Attribute("messaging.operation", "process"))));

        await dashboard.PostOtlpOkAsync("/v1/logs", OtlpRequests.Logs("progress", "Telehealth.Progress.Reports.SessionReportHandler",
            OtlpRequests.Log(t0.AddMilliseconds(10), SeverityNumber.Info, "Session report {ReportId} accepted for programme version {Version}", traceId, server,
                OtlpRequests.Attribute("ReportId", "r-1042"), OtlpRequests.Attribute("Version", 3)),
            OtlpRequests.Log(t0.AddMilliseconds(30), SeverityNumber.Warn, "Pain after session rose by {Delta} points", traceId, server,
                OtlpRequests.Attribute("Delta", 3))));
        await dashboard.PostOtlpOkAsync("/v1/logs", OtlpRequests.Logs("notification", "Telehealth.Notification.Delivery",
            OtlpRequests.Log(t0.AddMilliseconds(60), SeverityNumber.Error, "Delivery to channel {Channel} failed", traceId, notification,
                OtlpRequests.Attribute("Channel", "push"))));
    }

    /// <summary>Three cumulative exports ten seconds apart, so every chart has a line of two intervals.</summary>
    private static async Task PostMetricsAsync(TestDashboard dashboard)
    {
        var now = DateTimeOffset.UtcNow;
        var start = now.AddSeconds(-30);
        ulong[][] latencyCounts =
        [
            [0, 4, 10, 6, 2, 1, 0, 0, 0, 0, 0],
            [0, 9, 25, 14, 5, 2, 1, 1, 0, 0, 0],
            [0, 15, 41, 22, 8, 3, 2, 2, 1, 0, 0],
        ];
        for (var i = 0; i < 3; i++)
        {
            var time = now.AddSeconds(-20 + 10 * i);
            await dashboard.PostOtlpOkAsync("/v1/metrics", OtlpRequests.Metrics("progress",
                OtlpRequests.Histogram("rpc.server.duration", "s", start, time, LatencyBounds, latencyCounts[i], 0.9 * (i + 1),
                    OtlpRequests.Attribute("rpc.method", "SubmitSessionReport")),
                OtlpRequests.Counter("telehealth.progress.reports_received", "{report}", start, time, 12 * (i + 1) + i * i),
                OtlpRequests.Counter("messaging.published", "{message}", start, time, 20 * (i + 1), OtlpRequests.Attribute("message_type", "SessionReported")),
                OtlpRequests.Gauge("process.memory.usage", "By", time, 80_000_000 + 2_000_000 * i)));
            await dashboard.PostOtlpOkAsync("/v1/metrics", OtlpRequests.Metrics("scheduling",
                OtlpRequests.Counter("messaging.consumed", "{message}", start, time, 18 * (i + 1), OtlpRequests.Attribute("message_type", "SessionReported"))));
        }
    }
}
