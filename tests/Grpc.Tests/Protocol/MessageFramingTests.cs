using System.Buffers;
using Google.Protobuf;
using Telehealth.Grpc.Interop;

namespace Telehealth.Grpc.Tests.Protocol;

public sealed class MessageFramingTests
{
    private static readonly SimpleRequest Request = new() { ResponseSize = 7, Payload = new Payload { Body = ByteString.CopyFrom(new byte[300]) } };

    [Fact]
    public void Reads_frames_split_at_every_possible_boundary()
    {
        var bytes = Frames(Request, new SimpleRequest(), Request);
        for (var split = 1; split < bytes.Length; split++)
        {
            var buffer = Segmented(bytes, split);
            var messages = new List<SimpleRequest>();
            while (MessageFraming.TryReadFrame(ref buffer, 4096, out var compressed, out var payload))
            {
                messages.Add(MessageFraming.ParseMessage(SimpleRequest.Parser, payload, compressed, null, 4096));
            }
            Assert.Equal([Request, new SimpleRequest(), Request], messages);
            Assert.Equal(0, buffer.Length);
        }
    }

    [Fact]
    public void Waits_for_the_rest_of_a_partial_frame()
    {
        var bytes = Frames(Request);
        for (var length = 0; length < bytes.Length; length++)
        {
            var buffer = new ReadOnlySequence<byte>(bytes, 0, length);
            Assert.False(MessageFraming.TryReadFrame(ref buffer, 4096, out _, out _));
            Assert.Equal(length, buffer.Length);
        }
    }

    [Fact]
    public void Refuses_a_frame_announcing_more_than_the_limit_before_it_arrives()
    {
        var header = new byte[5];
        MessageFraming.WriteHeader(header, compressed: false, 5000);
        var buffer = new ReadOnlySequence<byte>(header);
        var error = Assert.Throws<RpcException>(() => MessageFraming.TryReadFrame(ref buffer, 4096, out _, out _));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public void Refuses_an_invalid_compressed_flag()
    {
        var bytes = Frames(Request);
        bytes[0] = 7;
        var buffer = new ReadOnlySequence<byte>(bytes);
        Assert.Equal(StatusCode.Internal, Assert.Throws<RpcException>(() => MessageFraming.TryReadFrame(ref buffer, 4096, out _, out _)).StatusCode);
    }

    [Fact]
    public void Round_trips_a_gzip_compressed_message()
    {
        var writer = new ArrayBufferWriter<byte>();
        MessageFraming.WriteMessage(writer, Request, compress: true);
        var buffer = new ReadOnlySequence<byte>(writer.WrittenMemory);
        Assert.True(MessageFraming.TryReadFrame(ref buffer, 4096, out var compressed, out var payload));
        Assert.True(compressed);
        Assert.True(payload.Length < Request.CalculateSize(), "300 zero bytes should compress");
        Assert.Equal(Request, MessageFraming.ParseMessage(SimpleRequest.Parser, payload, compressed, "gzip", 4096));
    }

    [Fact]
    public void Refuses_a_compressed_message_without_an_encoding()
    {
        var writer = new ArrayBufferWriter<byte>();
        MessageFraming.WriteMessage(writer, Request, compress: true);
        var buffer = new ReadOnlySequence<byte>(writer.WrittenMemory);
        MessageFraming.TryReadFrame(ref buffer, 4096, out var compressed, out var payload);
        var error = Assert.Throws<RpcException>(() => MessageFraming.ParseMessage(SimpleRequest.Parser, payload, compressed, null, 4096));
        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Fact]
    public void Refuses_a_message_that_inflates_past_the_limit()
    {
        var big = new SimpleRequest { Payload = new Payload { Body = ByteString.CopyFrom(new byte[100_000]) } };
        var writer = new ArrayBufferWriter<byte>();
        MessageFraming.WriteMessage(writer, big, compress: true);
        var buffer = new ReadOnlySequence<byte>(writer.WrittenMemory);
        Assert.True(MessageFraming.TryReadFrame(ref buffer, 4096, out var compressed, out var payload));
        var error = Assert.Throws<RpcException>(() => MessageFraming.ParseMessage(SimpleRequest.Parser, payload, compressed, "gzip", 4096));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public void Refuses_garbage_protobuf_with_internal()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0x0A, 0xFF, 0xFF, 0xFF });
        var error = Assert.Throws<RpcException>(() => MessageFraming.ParseMessage(SimpleRequest.Parser, buffer, false, null, 4096));
        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    private static byte[] Frames(params IMessage[] messages)
    {
        var writer = new ArrayBufferWriter<byte>();
        foreach (var message in messages)
        {
            MessageFraming.WriteMessage(writer, message, compress: false);
        }
        return writer.WrittenSpan.ToArray();
    }

    private static ReadOnlySequence<byte> Segmented(byte[] bytes, int segmentLength)
    {
        Segment? first = null;
        Segment? last = null;
        for (var offset = 0; offset < bytes.Length; offset += segmentLength)
        {
            var chunk = bytes.AsMemory(offset, Math.Min(segmentLength, bytes.Length - offset));
            last = last is null ? first = new Segment(chunk, 0) : last.Append(chunk);
        }
        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
