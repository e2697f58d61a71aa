namespace Telehealth.Grpc.Interop.Tests.Hosting;

/// <summary>The PEM files a service's gRPC endpoint serves TLS with (Kestrel's Certificate:Path and Certificate:KeyPath).</summary>
internal sealed record ServiceTls(string CertificatePath, string KeyPath);
