using Google.Protobuf;
using Telehealth.Grpc.Client;
using Telehealth.Grpc.Health.V1;
using Telehealth.Grpc.Interop;
using static Telehealth.Grpc.Testing.TestServiceMethods;
using ServingStatus = Telehealth.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Telehealth.Grpc.Testing;

/// <summary>
/// The interop cases run by this library's client. Each case throws <see cref="InteropFailure"/>
/// (or the unexpected RpcException) when the server does not behave as gRPC's interop suite says.
/// </summary>
public sealed class InteropClient(GrpcChannel channel)
{
    private static readonly int[] RequestSizes = [27182, 8, 1828, 45904];
    private static readonly int[] ResponseSizes = [31415, 9, 2653, 58979];

    public Task RunAsync(string name) => name switch
    {
        "empty_unary" => EmptyUnary(),
        "large_unary" => LargeUnary(compressRequest: false, compressResponse: false),
        "client_compressed_unary" => LargeUnary(compressRequest: true, compressResponse: false),
        "server_compressed_unary" => LargeUnary(compressRequest: false, compressResponse: true),
        "client_streaming" => ClientStreaming(compressed: false),
        "client_compressed_streaming" => ClientStreaming(compressed: true),
        "server_streaming" => ServerStreaming(compressed: false),
        "server_compressed_streaming" => ServerStreaming(compressed: true),
        "ping_pong" => PingPong(),
        "empty_stream" => EmptyStream(),
        "timeout_on_sleeping_server" => TimeoutOnSleepingServer(),
        "cancel_after_begin" => CancelAfterBegin(),
        "cancel_after_first_response" => CancelAfterFirstResponse(),
        "status_code_and_message" => StatusCodeAndMessage("test status message"),
        "special_status_message" => StatusCodeAndMessage(InteropCases.SpecialStatusMessage),
        "custom_metadata" => CustomMetadata(),
        "unimplemented_method" => ExpectStatus(StatusCode.Unimplemented, () => channel.UnaryCall(UnimplementedMethod, new Empty()).ResponseAsync),
        "unimplemented_service" => ExpectStatus(StatusCode.Unimplemented, () => channel.UnaryCall(UnimplementedService, new Empty()).ResponseAsync),
        "oversized_request" => OversizedRequest(),
        "health_check" => HealthCheck(),
        "health_watch" => HealthWatch(),
        "reflection_v1" => new ReflectionProbe(channel).RunV1Async(),
        "reflection_v1alpha" => new ReflectionProbe(channel).RunV1AlphaAsync(),
        _ => throw new ArgumentException($"Unknown interop case '{name}'.", nameof(name)),
    };

    private async Task EmptyUnary()
    {
        var response = await channel.UnaryCall(EmptyCall, new Empty());
        Check(response.CalculateSize() == 0, "EmptyCall returned a non-empty message");
    }

    private async Task LargeUnary(bool compressRequest, bool compressResponse)
    {
        var request = new SimpleRequest
        {
            ResponseSize = 314159,
            Payload = Zeros(271828),
            ExpectCompressed = compressRequest ? new BoolValue { Value = true } : null,
            ResponseCompressed = compressResponse ? new BoolValue { Value = true } : null,
        };
        var options = new CallOptions { Compression = compressRequest ? GrpcProtocol.GzipEncoding : null };
        var response = await channel.UnaryCall(UnaryCall, request, options);
        Check(response.Payload.Body.Length == 314159, $"payload of {response.Payload.Body.Length} bytes, expected 314159");
    }

    private async Task ClientStreaming(bool compressed)
    {
        using var call = channel.ClientStreamingCall(StreamingInputCall, new CallOptions { Compression = compressed ? GrpcProtocol.GzipEncoding : null });
        foreach (var size in RequestSizes)
        {
            await call.RequestStream.WriteAsync(new StreamingInputCallRequest { Payload = Zeros(size) });
        }
        await call.RequestStream.CompleteAsync();
        var response = await call;
        Check(response.AggregatedPayloadSize == 74922, $"aggregate {response.AggregatedPayloadSize}, expected 74922");
    }

    private async Task ServerStreaming(bool compressed)
    {
        var request = new StreamingOutputCallRequest();
        request.ResponseParameters.AddRange(ResponseSizes.Select(size => new ResponseParameters
        {
            Size = size,
            Compressed = compressed ? new BoolValue { Value = true } : null,
        }));
        using var call = channel.ServerStreamingCall(StreamingOutputCall, request);
        var sizes = new List<int>();
        await foreach (var response in call.ResponseStream.ReadAllAsync())
        {
            sizes.Add(response.Payload.Body.Length);
        }
        Check(sizes.SequenceEqual(ResponseSizes), $"sizes [{string.Join(",", sizes)}]");
        Check(call.GetStatus().StatusCode == StatusCode.OK, $"status {call.GetStatus()}");
    }

    private async Task PingPong()
    {
        using var call = channel.DuplexStreamingCall(FullDuplexCall);
        for (var i = 0; i < RequestSizes.Length; i++)
        {
            await call.RequestStream.WriteAsync(Ping(RequestSizes[i], ResponseSizes[i]));
            Check(await call.ResponseStream.MoveNext(), $"no response to ping {i}");
            Check(call.ResponseStream.Current.Payload.Body.Length == ResponseSizes[i], $"pong {i} has {call.ResponseStream.Current.Payload.Body.Length} bytes");
        }
        await call.RequestStream.CompleteAsync();
        Check(!await call.ResponseStream.MoveNext(), "a response after half-close");
        Check(call.GetStatus().StatusCode == StatusCode.OK, $"status {call.GetStatus()}");
    }

    private async Task EmptyStream()
    {
        using var call = channel.DuplexStreamingCall(FullDuplexCall);
        await call.RequestStream.CompleteAsync();
        Check(!await call.ResponseStream.MoveNext(), "a response to an empty stream");
        Check(call.GetStatus().StatusCode == StatusCode.OK, $"status {call.GetStatus()}");
    }

    private Task TimeoutOnSleepingServer() => ExpectStatus(StatusCode.DeadlineExceeded, async () =>
    {
        using var call = channel.DuplexStreamingCall(FullDuplexCall, new CallOptions().WithTimeout(TimeSpan.FromMilliseconds(1)));
        var request = new StreamingOutputCallRequest { Payload = Zeros(27182) };
        request.ResponseParameters.Add(new ResponseParameters { Size = 31415, IntervalUs = 10_000_000 });
        try
        {
            await call.RequestStream.WriteAsync(request);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.DeadlineExceeded)
        {
            // The deadline may already have passed before the write: the read below says the same.
        }
        await call.ResponseStream.MoveNext();
    });

    private async Task CancelAfterBegin()
    {
        using var cancellation = new CancellationTokenSource();
        using var call = channel.ClientStreamingCall(StreamingInputCall, new CallOptions { CancellationToken = cancellation.Token });
        cancellation.Cancel();
        await ExpectStatus(StatusCode.Cancelled, () => call.ResponseAsync);
    }

    private async Task CancelAfterFirstResponse()
    {
        using var cancellation = new CancellationTokenSource();
        using var call = channel.DuplexStreamingCall(FullDuplexCall, new CallOptions { CancellationToken = cancellation.Token });
        await call.RequestStream.WriteAsync(Ping(27182, 31415));
        Check(await call.ResponseStream.MoveNext(), "no first response");
        cancellation.Cancel();
        await ExpectStatus(StatusCode.Cancelled, () => call.ResponseStream.MoveNext());
    }

    private async Task StatusCodeAndMessage(string message)
    {
        var status = new EchoStatus { Code = 2, Message = message };
        var unary = await ExpectStatus(StatusCode.Unknown, () => channel.UnaryCall(UnaryCall, new SimpleRequest { ResponseStatus = status }).ResponseAsync);
        Check(unary.Status.Detail == message, $"unary message '{unary.Status.Detail}'");

        using var call = channel.DuplexStreamingCall(FullDuplexCall);
        await call.RequestStream.WriteAsync(new StreamingOutputCallRequest { ResponseStatus = status });
        await call.RequestStream.CompleteAsync();
        var duplex = await ExpectStatus(StatusCode.Unknown, () => call.ResponseStream.MoveNext());
        Check(duplex.Status.Detail == message, $"duplex message '{duplex.Status.Detail}'");
    }

    private async Task CustomMetadata()
    {
        const string initialValue = "test_initial_metadata_value";
        byte[] trailingValue = [0xab, 0xab, 0xab];
        var headers = new Metadata()
            .Add(TestService.EchoInitialKey, initialValue)
            .Add(TestService.EchoTrailingKey, trailingValue);

        using var unary = channel.UnaryCall(UnaryCall, new SimpleRequest { ResponseSize = 314159, Payload = Zeros(271828) }, new CallOptions { Headers = headers });
        await unary;
        Check((await unary.ResponseHeadersAsync).GetValue(TestService.EchoInitialKey) == initialValue, "unary initial metadata not echoed");
        Check(unary.GetTrailers().GetValueBytes(TestService.EchoTrailingKey)?.SequenceEqual(trailingValue) == true, "unary trailing metadata not echoed");

        using var duplex = channel.DuplexStreamingCall(FullDuplexCall, new CallOptions { Headers = headers });
        await duplex.RequestStream.WriteAsync(Ping(271828, 314159));
        await duplex.RequestStream.CompleteAsync();
        while (await duplex.ResponseStream.MoveNext())
        {
        }
        Check((await duplex.ResponseHeadersAsync).GetValue(TestService.EchoInitialKey) == initialValue, "duplex initial metadata not echoed");
        Check(duplex.GetTrailers().GetValueBytes(TestService.EchoTrailingKey)?.SequenceEqual(trailingValue) == true, "duplex trailing metadata not echoed");
    }

    private async Task OversizedRequest()
    {
        await ExpectStatus(StatusCode.ResourceExhausted, () =>
            channel.UnaryCall(UnaryCall, new SimpleRequest { Payload = Zeros(5 * 1024 * 1024) }).ResponseAsync);
        await channel.UnaryCall(EmptyCall, new Empty());
    }

    private async Task HealthCheck()
    {
        var check = Method<HealthCheckRequest, HealthCheckResponse>.From(HealthReflection.Descriptor.Services[0].FindMethodByName("Check"));
        var server = await channel.UnaryCall(check, new HealthCheckRequest());
        Check(server.Status == ServingStatus.Serving, $"server is {server.Status}");
        var service = await channel.UnaryCall(check, new HealthCheckRequest { Service = "grpc.testing.TestService" });
        Check(service.Status == ServingStatus.Serving, $"TestService is {service.Status}");
        await ExpectStatus(StatusCode.NotFound, () => channel.UnaryCall(check, new HealthCheckRequest { Service = "no.such.Service" }).ResponseAsync);
    }

    private async Task HealthWatch()
    {
        var watch = Method<HealthCheckRequest, HealthCheckResponse>.From(HealthReflection.Descriptor.Services[0].FindMethodByName("Watch"));
        using var call = channel.ServerStreamingCall(watch, new HealthCheckRequest { Service = "grpc.testing.TestService" }, new CallOptions().WithTimeout(TimeSpan.FromSeconds(10)));
        Check(await call.ResponseStream.MoveNext(), "Watch sent nothing");
        Check(call.ResponseStream.Current.Status == ServingStatus.Serving, $"Watch said {call.ResponseStream.Current.Status}");
    }

    /// <summary>Runs <paramref name="call"/> and requires it to fail with <paramref name="expected"/>.</summary>
    public static async Task<RpcException> ExpectStatus(StatusCode expected, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (RpcException exception) when (exception.StatusCode == expected)
        {
            return exception;
        }
        catch (RpcException exception)
        {
            throw new InteropFailure($"expected {expected}, got {exception.Status}");
        }
        throw new InteropFailure($"expected {expected}, the call succeeded");
    }

    public static void Check(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InteropFailure(failure);
        }
    }

    private static StreamingOutputCallRequest Ping(int requestSize, int responseSize)
    {
        var request = new StreamingOutputCallRequest { Payload = Zeros(requestSize) };
        request.ResponseParameters.Add(new ResponseParameters { Size = responseSize });
        return request;
    }

    private static Payload Zeros(int size) => new() { Body = ByteString.CopyFrom(new byte[size]) };
}
