using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Telehealth.Grpc.Server;

/// <summary>What a handler knows about the call it serves, and how it shapes the response.</summary>
public sealed class ServerCallContext
{
    private readonly HttpContext _httpContext;
    private Metadata? _requestHeaders;
    private Metadata? _responseTrailers;

    internal ServerCallContext(HttpContext httpContext, string method, DateTime deadline, CancellationToken cancellationToken, string? responseCompression)
    {
        _httpContext = httpContext;
        Method = method;
        Deadline = deadline;
        CancellationToken = cancellationToken;
        ResponseCompression = responseCompression;
    }

    /// <summary>The full method path, /package.Service/Method.</summary>
    public string Method { get; }

    public string Host => _httpContext.Request.Host.Value ?? "";

    /// <summary>The caller's address in gRPC's form, e.g. ipv4:127.0.0.1:50051.</summary>
    public string Peer => FormatPeer(_httpContext.Connection.RemoteIpAddress, _httpContext.Connection.RemotePort);

    /// <summary>When the caller stops waiting (UTC); DateTime.MaxValue without a deadline.</summary>
    public DateTime Deadline { get; }

    /// <summary>Cancelled when the caller cancels (RST_STREAM), disconnects or the deadline passes.</summary>
    public CancellationToken CancellationToken { get; }

    public Metadata RequestHeaders => _requestHeaders ??= MetadataHeaders.FromHeaders(_httpContext.Request.Headers);

    /// <summary>
    /// One request metadata entry (the last, as <see cref="Metadata.Get"/> picks), read straight from the
    /// request headers without building <see cref="RequestHeaders"/>; null when absent, reserved or undecodable.
    /// </summary>
    public Metadata.Entry? GetRequestHeader(string key)
    {
        if (_requestHeaders is not null)
        {
            return _requestHeaders.Get(key);
        }
        var values = _httpContext.Request.Headers[key];
        if (values.Count == 0 || GrpcProtocol.IsReservedHeader(key) || values[values.Count - 1] is not { } value)
        {
            return null;
        }
        // Peers may fold repeated binary values into one comma separated header.
        var last = Metadata.IsBinaryKey(key) ? value[(value.LastIndexOf(',') + 1)..] : value;
        return MetadataHeaders.TryDecode(key, last.Trim());
    }

    public Metadata ResponseTrailers => _responseTrailers ??= new Metadata();

    internal bool HasResponseTrailers => _responseTrailers is { Count: > 0 };

    /// <summary>The status sent when the handler returns normally; OK unless set.</summary>
    public Status Status { get; set; } = Status.DefaultSuccess;

    /// <summary>Response compression ("gzip" or null); applies if the caller accepts it and is fixed once headers are sent.</summary>
    public string? ResponseCompression { get; set; }

    /// <summary>The grpc-encoding the caller compressed its messages with, if any.</summary>
    public string? RequestEncoding => _httpContext.Request.Headers[GrpcProtocol.EncodingHeader].ToString() is { Length: > 0 } value ? value : null;

    /// <summary>The authenticated caller, as the ASP.NET Core authentication set it.</summary>
    public ClaimsPrincipal User => _httpContext.User;

    public HttpContext HttpContext => _httpContext;

    /// <summary>State shared between interceptors and the handler for this call.</summary>
    public IDictionary<object, object?> UserState => _httpContext.Items;

    internal bool ResponseHeadersSent { get; private set; }

    internal bool ResponseCompressed { get; private set; }

    /// <summary>Sends response headers (initial metadata) now, before any message.</summary>
    public async Task WriteResponseHeadersAsync(Metadata headers)
    {
        if (ResponseHeadersSent)
        {
            throw new InvalidOperationException("Response headers have already been sent.");
        }
        foreach (var entry in headers)
        {
            if (GrpcProtocol.IsReservedHeader(entry.Key))
            {
                throw new InvalidOperationException($"'{entry.Key}' is a reserved header.");
            }
            _httpContext.Response.Headers.Append(entry.Key, MetadataHeaders.EncodeValue(entry));
        }
        PrepareResponseHeaders();
        await _httpContext.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fixes the response's encoding headers; called before the first message or explicit headers.</summary>
    internal void PrepareResponseHeaders()
    {
        if (ResponseHeadersSent)
        {
            return;
        }
        ResponseHeadersSent = true;
        if (ResponseCompression is { } encoding && encoding != GrpcProtocol.IdentityEncoding
            && MessageCompression.IsSupported(encoding)
            && GrpcProtocol.AcceptsEncoding(_httpContext.Request.Headers[GrpcProtocol.AcceptEncodingHeader], encoding))
        {
            _httpContext.Response.Headers[GrpcProtocol.EncodingHeader] = encoding;
            ResponseCompressed = true;
        }
    }

    internal static string FormatPeer(IPAddress? address, int port) => address switch
    {
        null => "unknown",
        { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } when address.IsIPv4MappedToIPv6 => $"ipv4:{address.MapToIPv4()}:{port}",
        { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } => $"ipv6:[{address}]:{port}",
        _ => $"ipv4:{address}:{port}",
    };
}
