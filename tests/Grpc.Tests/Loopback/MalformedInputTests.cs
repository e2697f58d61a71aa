using System.Net;
using Google.Protobuf;
using Telehealth.Grpc.Interop;
using Telehealth.Grpc.Testing;

namespace Telehealth.Grpc.Tests.Loopback;

/// <summary>Bad bytes get a gRPC status, and the server goes on serving.</summary>
public sealed class MalformedInputTests(LoopbackServerFixture fixture) : IClassFixture<LoopbackServerFixture>
{
    private const string UnaryPath = "/grpc.testing.TestService/UnaryCall";
    private static readonly byte[] ValidRequest = new SimpleRequest { ResponseSize = 3 }.ToByteArray();

    public static TheoryData<string, byte[], string> BadBodies => new()
    {
        { "truncated header", [0, 0, 0], "13" },
        { "length prefix larger than the body", RawGrpcRequest.Frame(0, 100, ValidRequest), "13" },
        { "compressed flag without grpc-encoding", RawGrpcRequest.Frame(1, ValidRequest.Length, ValidRequest), "13" },
        { "invalid compressed flag", RawGrpcRequest.Frame(9, ValidRequest.Length, ValidRequest), "13" },
        { "garbage protobuf", RawGrpcRequest.Frame(0, 4, [0x0A, 0xFF, 0xFF, 0xFF]), "13" },
        { "no message at all", [], "13" },
        { "two messages to a unary method", [.. RawGrpcRequest.Frame(0, ValidRequest.Length, ValidRequest), .. RawGrpcRequest.Frame(0, ValidRequest.Length, ValidRequest)], "13" },
        { "length prefix over the receive limit", RawGrpcRequest.Frame(0, 5 * 1024 * 1024, []), "8" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_bodies_get_a_status_and_the_next_call_works(string what, byte[] body, string expectedStatus)
    {
        var response = await RawGrpcRequest.SendAsync(fixture.Server.Address, UnaryPath, body);
        Assert.True(response.HttpStatus == 200, what);
        Assert.Equal(expectedStatus, response.GrpcStatus);
        await AssertServerStillServes();
    }

    [Fact]
    public async Task A_wrong_content_type_gets_415_with_a_grpc_status()
    {
        var response = await RawGrpcRequest.SendAsync(fixture.Server.Address, UnaryPath, RawGrpcRequest.Frame(0, ValidRequest.Length, ValidRequest),
            request => request.Content!.Headers.ContentType = new("application/json"));
        Assert.Equal(415, response.HttpStatus);
        Assert.Equal("13", response.GrpcStatus);
        await AssertServerStillServes();
    }

    [Fact]
    public async Task An_unknown_grpc_encoding_is_unimplemented_and_names_what_is_accepted()
    {
        var response = await RawGrpcRequest.SendAsync(fixture.Server.Address, UnaryPath, RawGrpcRequest.Frame(1, ValidRequest.Length, ValidRequest),
            request => request.Headers.Add("grpc-encoding", "snappy"));
        Assert.Equal("12", response.GrpcStatus);
        await AssertServerStillServes();
    }

    [Fact]
    public async Task Http1_requests_on_the_http1_endpoint_get_a_grpc_status()
    {
        var response = await RawGrpcRequest.SendAsync(fixture.Server.Http1Address, UnaryPath, RawGrpcRequest.Frame(0, ValidRequest.Length, ValidRequest), version: HttpVersion.Version11);
        Assert.Equal(426, response.HttpStatus);
        Assert.Equal("13", response.GrpcStatus);
        await AssertServerStillServes();
    }

    [Fact]
    public async Task Http1_bytes_on_the_http2_endpoint_are_refused_without_harm()
    {
        var port = fixture.Server.Address.Port;
        using (var socket = new System.Net.Sockets.TcpClient())
        {
            await socket.ConnectAsync(IPAddress.Loopback, port);
            var stream = socket.GetStream();
            var request = "POST /grpc.testing.TestService/UnaryCall HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/grpc\r\nContent-Length: 0\r\n\r\n"u8.ToArray();
            await stream.WriteAsync(request);
            var buffer = new byte[1024];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            // Kestrel answers a missing HTTP/2 preface with GOAWAY and closes: read until it does.
            while (await stream.ReadAsync(buffer, timeout.Token) > 0)
            {
            }
        }
        await AssertServerStillServes();
    }

    [Fact]
    public async Task Unknown_paths_without_grpc_content_type_keep_their_404()
    {
        var response = await RawGrpcRequest.SendAsync(fixture.Server.Address, "/not/grpc", [],
            request => request.Content!.Headers.ContentType = new("text/plain"));
        Assert.Equal(404, response.HttpStatus);
        Assert.Null(response.GrpcStatus);
    }

    private async Task AssertServerStillServes()
    {
        var response = await fixture.Channel.UnaryCall(TestServiceMethods.UnaryCall, new SimpleRequest { ResponseSize = 3 });
        Assert.Equal(3, response.Payload.Body.Length);
    }
}
