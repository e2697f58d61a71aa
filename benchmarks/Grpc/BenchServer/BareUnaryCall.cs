using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Google.Protobuf;
using Telehealth.Benchmarks.Grpc.Testing;

namespace Telehealth.Benchmarks.Grpc;

/// <summary>
/// UnaryCall with the gRPC framing done by hand on a plain endpoint: read one length-prefixed
/// SimpleRequest, answer one length-prefixed SimpleResponse and grpc-status 0 in trailers.
/// No checks, metadata, deadlines or diagnostics: what grpc-dotnet's unary path cannot beat.
/// </summary>
public static class BareUnaryCall
{
    public const string Path = "/grpc.testing.TestService/UnaryCall";

    private const int PrefixSize = 5;

    public static async Task HandleAsync(HttpContext context)
    {
        var request = await ReadRequestAsync(context.Request.BodyReader, context.RequestAborted).ConfigureAwait(false);
        var response = context.Response;
        response.ContentType = "application/grpc";
        if (request is null)
        {
            response.Headers["grpc-status"] = "13";
            return;
        }
        var reply = new SimpleResponse { Payload = new Payload { Body = ByteString.CopyFrom(new byte[request.ResponseSize]) } };
        WriteFramed(response.BodyWriter, reply);
        response.AppendTrailer("grpc-status", "0");
    }

    /// <summary>The one request message once the client has half-closed, or null if the body held no whole message.</summary>
    private static async ValueTask<SimpleRequest?> ReadRequestAsync(PipeReader body, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCompleted || result.IsCanceled)
            {
                var request = TryParse(result.Buffer);
                body.AdvanceTo(result.Buffer.End);
                return request;
            }
            body.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    private static SimpleRequest? TryParse(ReadOnlySequence<byte> buffer)
    {
        if (buffer.Length < PrefixSize)
        {
            return null;
        }
        Span<byte> prefix = stackalloc byte[PrefixSize];
        buffer.Slice(0, PrefixSize).CopyTo(prefix);
        var length = BinaryPrimitives.ReadUInt32BigEndian(prefix[1..]);
        if (prefix[0] != 0 || buffer.Length != PrefixSize + length)
        {
            return null;
        }
        return SimpleRequest.Parser.ParseFrom(buffer.Slice(PrefixSize));
    }

    private static void WriteFramed(PipeWriter writer, IMessage message)
    {
        var size = message.CalculateSize();
        var span = writer.GetSpan(PrefixSize + size);
        span[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)size);
        message.WriteTo(span.Slice(PrefixSize, size));
        writer.Advance(PrefixSize + size);
    }
}
