using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Telehealth.AppHost.Dashboard.Telemetry;
using Telehealth.AppHost.Dashboard.Telemetry.Logs;
using Telehealth.AppHost.Dashboard.Telemetry.Traces;

namespace Telehealth.AppHost.Dashboard.Api;

/// <summary>
/// What arrived over OTLP: GET /api/logs, /api/traces (resource, text, minSpans), /api/traces/{id}, /api/metrics,
/// /api/metrics/{resource}/{instrument}, and /api/telemetry/resources (every service.name seen).
/// </summary>
internal static class TelemetryEndpoints
{
    public static RouteGroupBuilder MapTelemetryApi(this RouteGroupBuilder api)
    {
        api.MapGet("/telemetry/resources", (TelemetryStore store) => Results.Ok(store.Resources()));

        api.MapGet("/logs", (string? resource, string? level, string? text, string? traceId, int? limit, TelemetryStore store) =>
        {
            var minimum = LogSeverity.Unspecified;
            if (!string.IsNullOrWhiteSpace(level) && !LogSeverities.TryParse(level, out minimum))
            {
                return Results.BadRequest(new { error = $"unknown level '{level}': use trace, debug, information, warning, error or critical" });
            }
            var query = new LogQuery(Blank(resource), minimum, Blank(text), Blank(traceId)?.ToLowerInvariant(), Limit(limit, 500, 5_000));
            return Results.Ok(store.Logs.Find(query));
        });

        api.MapGet("/traces", (string? resource, string? text, int? minSpans, int? limit, TelemetryStore store) =>
            Results.Ok(store.Traces.List(new TraceQuery(Blank(resource), Blank(text), Math.Max(1, minSpans ?? 1), Limit(limit, 200, 2_000)))));

        api.MapGet("/traces/{traceId}", (string traceId, TelemetryStore store) =>
            store.Traces.Find(traceId.ToLowerInvariant()) is { } trace
                ? Results.Ok(trace)
                : Results.NotFound(new { error = $"no trace '{traceId}' in the window" }));

        api.MapGet("/metrics", (TelemetryStore store) => Results.Ok(store.Metrics.Catalog()));

        api.MapGet("/metrics/{resource}/{instrument}", (string resource, string instrument, double? resolution, TelemetryStore store) =>
        {
            var window = TimeSpan.FromSeconds(Math.Clamp(resolution ?? 1, 0.001, 3_600));
            return store.Metrics.Series(resource, instrument, window) is { } series
                ? Results.Ok(series)
                : Results.NotFound(new { error = $"no instrument '{instrument}' from '{resource}'" });
        });
        return api;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static int Limit(int? requested, int fallback, int max) => Math.Clamp(requested ?? fallback, 1, max);
}
