using System.Buffers;
using System.IO.Compression;

namespace Telehealth.Grpc;

/// <summary>gzip message compression, the one encoding besides identity that every gRPC peer speaks.</summary>
public static class MessageCompression
{
    public static bool IsSupported(string? encoding) =>
        encoding is GrpcProtocol.GzipEncoding or GrpcProtocol.IdentityEncoding;

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>Inflates a gzip payload; a result over the limit is RESOURCE_EXHAUSTED, corrupt data INTERNAL.</summary>
    public static byte[] Decompress(ReadOnlySequence<byte> payload, string encoding, int maxMessageSize)
    {
        if (encoding != GrpcProtocol.GzipEncoding)
        {
            throw new RpcException(StatusCode.Unimplemented, $"Unsupported grpc-encoding '{encoding}'.");
        }
        try
        {
            using var input = new MemoryStream(payload.ToArray());
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = gzip.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + read > maxMessageSize)
                {
                    throw new RpcException(StatusCode.ResourceExhausted, $"Decompressed message larger than max ({maxMessageSize}).");
                }
                output.Write(chunk, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            throw new RpcException(StatusCode.Internal, "Failed to decompress the message.");
        }
    }
}
