using Microsoft.AspNetCore.Http;

namespace Telehealth.Grpc.Server;

/// <summary>What a request must be before any handler sees it; anything else is answered here.</summary>
internal static class GrpcRequestChecks
{
    public static bool Accept(HttpContext httpContext)
    {
        var request = httpContext.Request;
        if (!HttpProtocol.IsHttp2(request.Protocol) && !HttpProtocol.IsHttp3(request.Protocol))
        {
            GrpcResponse.Reject(httpContext, StatusCodes.Status426UpgradeRequired, StatusCode.Internal,
                $"Request protocol '{request.Protocol}' is not supported: gRPC needs HTTP/2.");
            return false;
        }
        if (!GrpcProtocol.IsGrpcContentType(request.ContentType))
        {
            GrpcResponse.Reject(httpContext, StatusCodes.Status415UnsupportedMediaType, StatusCode.Internal,
                $"Content-Type '{request.ContentType}' is not supported: gRPC needs application/grpc.");
            return false;
        }
        var encoding = request.Headers[GrpcProtocol.EncodingHeader].ToString();
        if (encoding.Length > 0 && !MessageCompression.IsSupported(encoding))
        {
            httpContext.Response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.SupportedEncodings;
            GrpcResponse.Reject(httpContext, StatusCodes.Status200OK, StatusCode.Unimplemented,
                $"Unsupported grpc-encoding '{encoding}'.");
            return false;
        }
        return true;
    }
}
