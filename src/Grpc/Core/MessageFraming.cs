using System.Buffers;
using System.Buffers.Binary;
using Google.Protobuf;

namespace Telehealth.Grpc;

/// <summary>
/// gRPC's length-prefixed messages: one byte compressed flag, four bytes big-endian length,
/// then the message. A frame may arrive split across any number of DATA frames.
/// </summary>
public static class MessageFraming
{
    /// <summary>
    /// Takes one whole frame off the front of <paramref name="buffer"/> if it is all there.
    /// Throws RESOURCE_EXHAUSTED as soon as the header announces more than <paramref name="maxMessageSize"/>.
    /// </summary>
    public static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, int maxMessageSize, out bool compressed, out ReadOnlySequence<byte> payload)
    {
        compressed = false;
        payload = default;
        if (buffer.Length < GrpcProtocol.HeaderSize)
        {
            return false;
        }
        Span<byte> header = stackalloc byte[GrpcProtocol.HeaderSize];
        buffer.Slice(0, GrpcProtocol.HeaderSize).CopyTo(header);
        compressed = header[0] switch
        {
            0 => false,
            1 => true,
            _ => throw new RpcException(StatusCode.Internal, "Message has an invalid compressed flag."),
        };
        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (length > (uint)maxMessageSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted, $"Received message larger than max ({length} vs. {maxMessageSize}).");
        }
        if (buffer.Length < GrpcProtocol.HeaderSize + length)
        {
            return false;
        }
        payload = buffer.Slice(GrpcProtocol.HeaderSize, length);
        buffer = buffer.Slice(payload.End);
        return true;
    }

    public static void WriteHeader(Span<byte> destination, bool compressed, int length)
    {
        destination[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)length);
    }

    /// <summary>Writes one framed message, gzip-compressed when <paramref name="compress"/> is set.</summary>
    public static void WriteMessage(IBufferWriter<byte> writer, IMessage message, bool compress)
    {
        if (compress)
        {
            var compressedBytes = MessageCompression.Compress(message.ToByteArray());
            var span = writer.GetSpan(GrpcProtocol.HeaderSize + compressedBytes.Length);
            WriteHeader(span, compressed: true, compressedBytes.Length);
            compressedBytes.CopyTo(span[GrpcProtocol.HeaderSize..]);
            writer.Advance(GrpcProtocol.HeaderSize + compressedBytes.Length);
            return;
        }
        var size = message.CalculateSize();
        var destination = writer.GetSpan(GrpcProtocol.HeaderSize + size);
        WriteHeader(destination, compressed: false, size);
        message.WriteTo(destination.Slice(GrpcProtocol.HeaderSize, size));
        writer.Advance(GrpcProtocol.HeaderSize + size);
    }

    /// <summary>Turns a frame's payload into a message, decompressing it as the call's encoding says.</summary>
    public static T ParseMessage<T>(MessageParser<T> parser, ReadOnlySequence<byte> payload, bool compressed, string? encoding, int maxMessageSize)
        where T : IMessage<T>
    {
        if (compressed)
        {
            if (string.IsNullOrEmpty(encoding) || encoding == GrpcProtocol.IdentityEncoding)
            {
                throw new RpcException(StatusCode.Internal, "Message is compressed but the call declares no grpc-encoding.");
            }
            payload = new ReadOnlySequence<byte>(MessageCompression.Decompress(payload, encoding, maxMessageSize));
        }
        try
        {
            return parser.ParseFrom(payload);
        }
        catch (InvalidProtocolBufferException)
        {
            throw new RpcException(StatusCode.Internal, "Failed to deserialize the message.");
        }
    }
}
