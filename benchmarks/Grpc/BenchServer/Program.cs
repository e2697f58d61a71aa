using Telehealth.Benchmarks.Grpc;

// Serves grpc.testing.TestService/UnaryCall on 127.0.0.1 (h2c, free port) until SIGTERM.
//   --mode library   through the gRPC library (MapGrpcService<TestService>)
//   --mode bare      a hand-framed Kestrel endpoint: the ceiling for the library
if (!BenchArguments.TryParseMode(args, out var mode))
{
    Console.Error.WriteLine("usage: BenchServer --mode library|bare");
    return 2;
}

await using var server = await BenchHost.StartAsync(mode);
Console.WriteLine($"listening {server.EndPoint}");
await server.WaitForShutdownAsync();
return 0;
