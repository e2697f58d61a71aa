namespace Telehealth.Testing.Hosting;

/// <summary>The PEM files a service's gRPC endpoint serves TLS with (Kestrel's Certificate:Path and Certificate:KeyPath).</summary>
public sealed record ServiceTls(string CertificatePath, string KeyPath);
