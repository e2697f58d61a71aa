using System.Globalization;

namespace Telehealth.Grpc.Client;

/// <summary>Reads what the server said: HTTP status, content type, Trailers-Only status, trailers.</summary>
internal static class ClientResponses
{
    /// <summary>Throws the mapped status for a response that is not gRPC; returns the response metadata.</summary>
    public static Metadata Validate(HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        if (code != 200)
        {
            throw new RpcException(HttpStatusMapping.ToStatusCode(code), $"Bad gRPC response. HTTP status code: {code}.");
        }
        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (!GrpcProtocol.IsGrpcContentType(contentType))
        {
            throw new RpcException(StatusCode.Unknown, $"Bad gRPC response. Content-Type '{contentType}' is not application/grpc.");
        }
        return MetadataHeaders.FromHeaders(response.Headers);
    }

    /// <summary>The status of a Trailers-Only response (grpc-status in the headers), if it is one.</summary>
    public static Status? TrailersOnlyStatus(HttpResponseMessage response) =>
        response.Headers.TryGetValues(GrpcProtocol.StatusHeader, out var values)
            ? ParseStatus(values.FirstOrDefault(), Message(response.Headers))
            : null;

    public static string? Encoding(HttpResponseMessage response) =>
        response.Headers.TryGetValues(GrpcProtocol.EncodingHeader, out var values) ? values.FirstOrDefault() : null;

    public static (Status Status, Metadata Trailers) ReadTrailers(HttpResponseMessage response)
    {
        var trailers = response.TrailingHeaders;
        var metadata = MetadataHeaders.FromHeaders(trailers);
        if (!trailers.TryGetValues(GrpcProtocol.StatusHeader, out var values))
        {
            return (new Status(StatusCode.Internal, "No grpc-status found on response."), metadata);
        }
        return (ParseStatus(values.FirstOrDefault(), Message(trailers)), metadata);
    }

    private static string Message(System.Net.Http.Headers.HttpHeaders headers) =>
        headers.TryGetValues(GrpcProtocol.MessageHeader, out var values) ? PercentEncoding.Decode(values.First()) : "";

    private static Status ParseStatus(string? value, string message) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 0 and <= 16
            ? new Status((StatusCode)code, message)
            : new Status(StatusCode.Unknown, $"Unexpected grpc-status '{value}'. {message}".TrimEnd());
}
