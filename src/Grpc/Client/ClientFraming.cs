using Google.Protobuf;

namespace Telehealth.Grpc.Client;

internal static class ClientFraming
{
    /// <summary>One request message as a whole frame.</summary>
    public static byte[] Frame(IMessage message, bool compress, int? maxMessageSize)
    {
        var size = message.CalculateSize();
        if (maxMessageSize is { } max && size > max)
        {
            throw new RpcException(StatusCode.ResourceExhausted, $"Sending message larger than max ({size} vs. {max}).");
        }
        if (compress)
        {
            var compressed = MessageCompression.Compress(message.ToByteArray());
            var frame = new byte[GrpcProtocol.HeaderSize + compressed.Length];
            MessageFraming.WriteHeader(frame, compressed: true, compressed.Length);
            compressed.CopyTo(frame.AsSpan(GrpcProtocol.HeaderSize));
            return frame;
        }
        var plain = new byte[GrpcProtocol.HeaderSize + size];
        MessageFraming.WriteHeader(plain, compressed: false, size);
        message.WriteTo(plain.AsSpan(GrpcProtocol.HeaderSize));
        return plain;
    }
}
