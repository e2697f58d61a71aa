using System.Net;
using System.Net.Http.Headers;

namespace Telehealth.Grpc.Tests.Loopback;

/// <summary>Sends hand-made bytes as a gRPC request, to see what the server does with bad input.</summary>
internal static class RawGrpcRequest
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseProxy = false });

    public static async Task<RawGrpcResponse> SendAsync(Uri address, string path, byte[] body, Action<HttpRequestMessage>? adjust = null, Version? version = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path))
        {
            Version = version ?? HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        adjust?.Invoke(request);
        using var response = await Client.SendAsync(request);
        var content = await response.Content.ReadAsByteArrayAsync();
        return new RawGrpcResponse(
            (int)response.StatusCode,
            Header(response, "grpc-status") ?? Trailer(response, "grpc-status"),
            Header(response, "grpc-message") ?? Trailer(response, "grpc-message"),
            content);
    }

    /// <summary>A frame header announcing <paramref name="length"/> bytes, then <paramref name="payload"/>.</summary>
    public static byte[] Frame(byte flag, int length, byte[] payload)
    {
        var frame = new byte[5 + payload.Length];
        MessageFraming.WriteHeader(frame, compressed: false, length);
        frame[0] = flag;
        payload.CopyTo(frame, 5);
        return frame;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.First() : null;

    private static string? Trailer(HttpResponseMessage response, string name) =>
        response.TrailingHeaders.TryGetValues(name, out var values) ? values.First() : null;
}

internal sealed record RawGrpcResponse(int HttpStatus, string? GrpcStatus, string? GrpcMessage, byte[] Body);
