using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Telehealth.ServiceDefaults.Security;

/// <summary>
/// A refusal written as gRPC's Trailers-Only answer (HTTP 200, grpc-status and grpc-message in the
/// headers), so a call refused before it reaches its service gets UNAUTHENTICATED, PERMISSION_DENIED
/// or RESOURCE_EXHAUSTED with a reason, which every gRPC client understands, rather than a bare
/// HTTP 401, 403 or 503.
/// </summary>
internal static class GrpcStatusResponse
{
    private const string StatusDetailsHeader = "grpc-status-details-bin";

    public static Task WriteAsync(HttpResponse response, StatusCode code, string message, Google.Rpc.Status? details = null)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // gRPC percent-encodes the message; ours are ASCII, so only '%' needs it.
        response.Headers["grpc-message"] = message.Replace("%", "%25", StringComparison.Ordinal);
        if (details is not null)
        {
            response.Headers[StatusDetailsHeader] = Convert.ToBase64String(details.ToByteArray());
        }
        return response.CompleteAsync();
    }
}
