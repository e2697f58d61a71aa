using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Telehealth.Grpc.Diagnostics;

namespace Telehealth.Grpc.Client;

/// <summary>Builds the HTTP/2 request of a call: path, protocol headers, deadline, metadata, trace context.</summary>
internal static class ClientRequests
{
    private const string UserAgent = "telehealth-grpc-dotnet/1.0";
    private static readonly ConcurrentDictionary<(Uri, string), Uri> Targets = new();
    private static readonly TransferCodingWithQualityHeaderValue Trailers = new(GrpcProtocol.TeTrailers);

    public static HttpRequestMessage Create(GrpcChannel channel, string path, HttpContent content, CallOptions options, bool compressed, Activity? activity)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Target(channel.Address, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        var headers = request.Headers;
        headers.TE.Add(Trailers);
        headers.TryAddWithoutValidation("user-agent", UserAgent);
        headers.TryAddWithoutValidation(GrpcProtocol.AcceptEncodingHeader, GrpcProtocol.SupportedEncodings);
        if (compressed)
        {
            headers.TryAddWithoutValidation(GrpcProtocol.EncodingHeader, GrpcProtocol.GzipEncoding);
        }
        if (options.Deadline is { } deadline)
        {
            headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(deadline - DateTime.UtcNow));
        }
        AddMetadata(headers, channel.Options.DefaultHeaders?.Invoke());
        AddMetadata(headers, options.Headers);
        GrpcDiagnostics.InjectTraceContext(activity, (name, value) => headers.TryAddWithoutValidation(name, value));
        return request;
    }

    private static void AddMetadata(HttpRequestHeaders headers, Metadata? metadata)
    {
        if (metadata is null)
        {
            return;
        }
        foreach (var entry in metadata)
        {
            if (GrpcProtocol.IsReservedHeader(entry.Key))
            {
                throw new ArgumentException($"'{entry.Key}' is a reserved header and cannot be sent as metadata.");
            }
            headers.TryAddWithoutValidation(entry.Key, MetadataHeaders.EncodeValue(entry));
        }
    }

    private static Uri Target(Uri address, string path) =>
        Targets.GetOrAdd((address, path), static key => new Uri(key.Item1, key.Item2));
}
