using System.Net;
using System.Net.Http.Headers;

namespace Telehealth.Grpc.Client;

/// <summary>A request body that is already one framed message: what unary and server-streaming calls send.</summary>
internal sealed class FramedRequestContent : HttpContent
{
    private readonly byte[] _frame;

    public FramedRequestContent(byte[] frame)
    {
        _frame = frame;
        Headers.ContentType = GrpcContentType.Value;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(_frame, cancellationToken).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = _frame.Length;
        return true;
    }
}

/// <summary>The content type header value, made once.</summary>
internal static class GrpcContentType
{
    public static MediaTypeHeaderValue Value => new(GrpcProtocol.ContentType);
}
