using Microsoft.AspNetCore.Http;

namespace Telehealth.Grpc.Tests.Protocol;

public sealed class MetadataTests
{
    [Fact]
    public void Binary_keys_take_bytes_and_text_keys_take_text()
    {
        Assert.Throws<ArgumentException>(() => new Metadata().Add("trace-bin", "text"));
        Assert.Throws<ArgumentException>(() => new Metadata().Add("trace", [1, 2]));
        Assert.Throws<ArgumentException>(() => new Metadata().Add("bad key", "x"));
        Assert.Equal("mixed-case", new Metadata().Add("Mixed-Case", "v")[0].Key);
    }

    [Fact]
    public void Binary_values_decode_with_or_without_base64_padding()
    {
        var headers = new HeaderDictionary
        {
            ["a-bin"] = "AQID",
            ["b-bin"] = "AQ",
            ["c-bin"] = "AQ==",
            ["plain"] = "value",
            ["content-type"] = "application/grpc",
            ["grpc-timeout"] = "1S",
        };
        var metadata = MetadataHeaders.FromHeaders(headers);
        Assert.Equal(new byte[] { 1, 2, 3 }, metadata.GetValueBytes("a-bin"));
        Assert.Equal(new byte[] { 1 }, metadata.GetValueBytes("b-bin"));
        Assert.Equal(new byte[] { 1 }, metadata.GetValueBytes("c-bin"));
        Assert.Equal("value", metadata.GetValue("plain"));
        Assert.Null(metadata.Get("content-type"));
        Assert.Null(metadata.Get("grpc-timeout"));
    }

    [Fact]
    public void Repeated_binary_values_folded_by_a_peer_come_apart()
    {
        var headers = new HeaderDictionary { ["x-bin"] = "AQ,Ag" };
        var values = MetadataHeaders.FromHeaders(headers).GetAll("x-bin").Select(e => e.ValueBytes!.Single()).ToArray();
        Assert.Equal(new byte[] { 1, 2 }, values);
    }

    [Fact]
    public void Undecodable_binary_values_are_dropped_not_fatal()
    {
        var headers = new HeaderDictionary { ["x-bin"] = "!!!not base64!!!", ["y"] = "kept" };
        var metadata = MetadataHeaders.FromHeaders(headers);
        Assert.Null(metadata.Get("x-bin"));
        Assert.Equal("kept", metadata.GetValue("y"));
    }
}
