namespace Telehealth.Grpc.Interop.Tests.Hosting;

/// <summary>A certificate and its unencrypted PKCS#8 private key, both PEM, as Kestrel's Certificate:Path and KeyPath read them.</summary>
internal sealed record PemCertificate(string CertificatePem, string PrivateKeyPem);
