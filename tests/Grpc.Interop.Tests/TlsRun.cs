namespace Telehealth.Grpc.Interop.Tests;

/// <summary>The services' gRPC endpoints over TLS (https URL, HTTP/2 only, PEM certificate and key), the peers trusting only a throwaway authority.</summary>
public sealed class TlsRun() : InteropRun(overTls: true);
