using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Telehealth.AppHost.Dashboard.Otlp.Collector.Logs.V1;
using Telehealth.AppHost.Dashboard.Otlp.Collector.Metrics.V1;
using Telehealth.AppHost.Dashboard.Otlp.Collector.Trace.V1;
using Telehealth.AppHost.Dashboard.Telemetry;

namespace Telehealth.AppHost.Dashboard.Otlp;

/// <summary>
/// OTLP/HTTP with protobuf bodies: POST /v1/traces, /v1/metrics and /v1/logs. Open without login, because
/// the services' exporters carry no dashboard cookie; the loopback binding is what keeps strangers out.
/// </summary>
internal static class OtlpHttpEndpoints
{
    public static IEndpointRouteBuilder MapOtlpHttp(this IEndpointRouteBuilder endpoints)
    {
        var otlp = endpoints.MapGroup("/v1").AllowAnonymous();
        otlp.MapPost("/traces", (HttpContext context, TelemetryStore store) =>
            ReceiveAsync(context, ExportTraceServiceRequest.Parser, request =>
            {
                var (spans, rejected) = OtlpTraceTranslator.Translate(request, store.Limits);
                store.Traces.Add(spans);
                return new ExportTraceServiceResponse
                {
                    PartialSuccess = rejected == 0 ? null : new ExportTracePartialSuccess
                    {
                        RejectedSpans = rejected,
                        ErrorMessage = "a span needs a 16-byte trace id and an 8-byte span id",
                    },
                };
            }));
        otlp.MapPost("/metrics", (HttpContext context, TelemetryStore store) =>
            ReceiveAsync(context, ExportMetricsServiceRequest.Parser, request =>
            {
                var rejected = OtlpMetricTranslator.Record(request, store.Metrics, store.Limits);
                return new ExportMetricsServiceResponse
                {
                    PartialSuccess = rejected == 0 ? null : new ExportMetricsPartialSuccess
                    {
                        RejectedDataPoints = rejected,
                        ErrorMessage = "summary metrics are not kept",
                    },
                };
            }));
        otlp.MapPost("/logs", (HttpContext context, TelemetryStore store) =>
            ReceiveAsync(context, ExportLogsServiceRequest.Parser, request =>
            {
                store.Logs.Add(OtlpLogTranslator.Translate(request, store.Limits));
                return new ExportLogsServiceResponse();
            }));
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync<TRequest>(HttpContext context, MessageParser<TRequest> parser, Func<TRequest, IMessage> accept)
        where TRequest : IMessage<TRequest>
    {
        var (body, failure) = await OtlpRequestBody.ReadAsync(context.Request, context.RequestAborted);
        if (failure is not null)
        {
            return failure;
        }
        TRequest request;
        try
        {
            request = parser.ParseFrom(body);
        }
        catch (InvalidProtocolBufferException e)
        {
            return Results.Text($"not a {typeof(TRequest).Name}: {e.Message}", statusCode: StatusCodes.Status400BadRequest);
        }
        return new ProtobufResult(accept(request));
    }
}
