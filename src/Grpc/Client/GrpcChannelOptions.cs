using System.Security.Cryptography.X509Certificates;

namespace Telehealth.Grpc.Client;

public sealed class GrpcChannelOptions
{
    /// <summary>Largest response message accepted, after decompression; null means no limit.</summary>
    public int? MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest request message sent; null means no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>Request compression for every call ("gzip"), unless a call chooses otherwise.</summary>
    public string? Compression { get; set; }

    public RetryPolicy RetryPolicy { get; set; } = new();

    /// <summary>
    /// For https addresses: the only authorities a server's certificate chain may lead to, instead of the
    /// system's trust store (e.g. a private CA, loaded with <see cref="X509Certificate2Collection.ImportFromPemFile"/>).
    /// Null trusts what the system trusts.
    /// </summary>
    public X509Certificate2Collection? TrustedCertificateAuthorities { get; set; }

    /// <summary>Replaces the channel's own HTTP/2 handler (tests, custom transports).</summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>Metadata added to every call (e.g. authorization), before the call's own.</summary>
    public Func<Metadata>? DefaultHeaders { get; set; }
}
