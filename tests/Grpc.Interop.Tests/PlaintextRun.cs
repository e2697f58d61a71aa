namespace Telehealth.Grpc.Interop.Tests;

/// <summary>The services' gRPC endpoints over h2c, as in development.</summary>
public sealed class PlaintextRun() : InteropRun(overTls: false);
