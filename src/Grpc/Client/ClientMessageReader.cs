using System.Buffers;
using System.Buffers.Binary;
using Google.Protobuf;

namespace Telehealth.Grpc.Client;

/// <summary>Reads framed response messages from the response body stream.</summary>
internal sealed class ClientMessageReader<T>(Stream body, MessageParser<T> parser, string? encoding, int maxMessageSize)
    where T : IMessage<T>
{
    private readonly byte[] _header = new byte[GrpcProtocol.HeaderSize];

    /// <summary>The next message, or null at the end of the body.</summary>
    public async Task<T?> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var read = await body.ReadAtLeastAsync(_header, GrpcProtocol.HeaderSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return default;
        }
        if (read < GrpcProtocol.HeaderSize)
        {
            throw new RpcException(StatusCode.Internal, "Incomplete message: the response ended inside a frame header.");
        }
        var compressed = _header[0] switch
        {
            0 => false,
            1 => true,
            _ => throw new RpcException(StatusCode.Internal, "Response message has an invalid compressed flag."),
        };
        var length = BinaryPrimitives.ReadUInt32BigEndian(_header.AsSpan(1));
        if (length > (uint)maxMessageSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted, $"Received message larger than max ({length} vs. {maxMessageSize}).");
        }
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            await body.ReadExactlyAsync(buffer.AsMemory(0, (int)length), cancellationToken).ConfigureAwait(false);
            return MessageFraming.ParseMessage(parser, new ReadOnlySequence<byte>(buffer, 0, (int)length), compressed, encoding, maxMessageSize);
        }
        catch (EndOfStreamException)
        {
            throw new RpcException(StatusCode.Internal, "Incomplete message: the response ended inside a frame.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
