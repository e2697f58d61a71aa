using Telehealth.Benchmarks.Grpc;

// Serves grpc.testing.TestService/UnaryCall on 127.0.0.1 (h2c, free port) until SIGTERM.
//   --mode grpc-dotnet   through Grpc.AspNetCore (UnaryCallService on the generated base)
//   --mode bare          a hand-framed Kestrel endpoint: the ceiling for grpc-dotnet
if (!BenchArguments.TryParseMode(args, out var mode))
{
    Console.Error.WriteLine("usage: BenchServer --mode grpc-dotnet|bare");
    return 2;
}

await using var server = await BenchHost.StartAsync(mode);
Console.WriteLine($"listening {server.EndPoint}");
await server.WaitForShutdownAsync();
return 0;
