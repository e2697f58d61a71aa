using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Telehealth.Grpc.Server;

/// <summary>Ends a gRPC response with its status: in trailers after messages, or Trailers-Only.</summary>
internal static class GrpcResponse
{
    private static readonly StringValues ContentType = GrpcProtocol.ContentType;
    private static readonly StringValues AcceptEncoding = GrpcProtocol.SupportedEncodings;
    private static readonly StringValues OkStatus = "0";

    public static void WriteStatus(HttpContext httpContext, Status status, Metadata? trailers, bool bodyStarted = false)
    {
        var response = httpContext.Response;
        if (!bodyStarted && !response.HasStarted)
        {
            // Trailers-Only: a single HEADERS frame ending the stream carries the status.
            response.ContentType = GrpcProtocol.ContentType;
            WriteStatusInto(response.Headers, status, trailers);
            return;
        }
        if (!response.SupportsTrailers())
        {
            return;
        }
        response.AppendTrailer(GrpcProtocol.StatusHeader, status.StatusCode == StatusCode.OK ? OkStatus : StatusText(status.StatusCode));
        if (status.Detail.Length > 0)
        {
            response.AppendTrailer(GrpcProtocol.MessageHeader, PercentEncoding.Encode(status.Detail));
        }
        if (trailers is not null)
        {
            foreach (var entry in trailers)
            {
                response.AppendTrailer(entry.Key, MetadataHeaders.EncodeValue(entry));
            }
        }
    }

    /// <summary>Headers every gRPC response starts with, set before the handler runs.</summary>
    public static void PrepareHeaders(HttpResponse response)
    {
        response.Headers.ContentType = ContentType;
        response.Headers[GrpcProtocol.AcceptEncodingHeader] = AcceptEncoding;
    }

    public static void Reject(HttpContext httpContext, int httpStatus, StatusCode code, string message)
    {
        var response = httpContext.Response;
        response.StatusCode = httpStatus;
        response.ContentType = GrpcProtocol.ContentType;
        WriteStatusInto(response.Headers, new Status(code, message), null);
    }

    private static void WriteStatusInto(IHeaderDictionary headers, Status status, Metadata? trailers)
    {
        headers[GrpcProtocol.StatusHeader] = StatusText(status.StatusCode);
        if (status.Detail.Length > 0)
        {
            headers[GrpcProtocol.MessageHeader] = PercentEncoding.Encode(status.Detail);
        }
        if (trailers is not null)
        {
            foreach (var entry in trailers)
            {
                headers.Append(entry.Key, MetadataHeaders.EncodeValue(entry));
            }
        }
    }

    private static string StatusText(StatusCode code) => ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
