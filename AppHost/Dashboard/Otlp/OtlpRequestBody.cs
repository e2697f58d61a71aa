using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Telehealth.AppHost.Dashboard.Otlp;

/// <summary>Reads an OTLP/HTTP request body: protobuf only, optionally gzip-compressed, size-limited after decompression.</summary>
internal static class OtlpRequestBody
{
    public const string ProtobufContentType = "application/x-protobuf";

    /// <summary>Guards memory against a small gzip body that inflates to gigabytes.</summary>
    private const int MaxDecodedBytes = 32 * 1024 * 1024;

    public static async Task<(byte[]? Body, IResult? Failure)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals(ProtobufContentType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, Results.Text($"OTLP/HTTP here takes {ProtobufContentType}", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }
        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        Stream source;
        if (encoding.Length == 0 || encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            source = request.Body;
        }
        else if (encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase))
        {
            source = new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true);
        }
        else
        {
            return (null, Results.Text($"Content-Encoding '{encoding}' is not supported: send gzip or nothing", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        await using (source)
        {
            try
            {
                return (await ReadLimitedAsync(source, cancellationToken), null);
            }
            catch (InvalidDataException)
            {
                return (null, Results.Text("the body is not valid gzip", statusCode: StatusCodes.Status400BadRequest));
            }
            catch (BodyTooLargeException)
            {
                return (null, Results.Text($"the decoded body is over {MaxDecodedBytes} bytes", statusCode: StatusCodes.Status413PayloadTooLarge));
            }
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream source, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxDecodedBytes)
            {
                throw new BodyTooLargeException();
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private sealed class BodyTooLargeException : Exception;
}
