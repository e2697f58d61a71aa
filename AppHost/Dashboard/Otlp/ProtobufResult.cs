using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace Telehealth.AppHost.Dashboard.Otlp;

/// <summary>Answers with a protobuf message, as OTLP/HTTP exporters expect.</summary>
internal sealed class ProtobufResult(IMessage message) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = OtlpRequestBody.ProtobufContentType;
        await httpContext.Response.Body.WriteAsync(message.ToByteArray(), httpContext.RequestAborted);
    }
}
