namespace Telehealth.Grpc.Testing;

/// <summary>A certificate and its unencrypted PKCS#8 private key, both PEM, as files in a server's configuration hold them.</summary>
public sealed record PemCertificate(string CertificatePem, string PrivateKeyPem);
