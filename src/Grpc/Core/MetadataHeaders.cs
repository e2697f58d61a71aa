using Microsoft.AspNetCore.Http;

namespace Telehealth.Grpc;

/// <summary>Moves metadata in and out of HTTP headers: -bin values are base64, padding optional.</summary>
public static class MetadataHeaders
{
    public static string EncodeValue(Metadata.Entry entry) =>
        entry.IsBinary ? Convert.ToBase64String(entry.ValueBytes!) : entry.Value!;

    public static Metadata.Entry? TryDecode(string key, string value)
    {
        if (!Metadata.IsBinaryKey(key))
        {
            return new Metadata.Entry(key, value);
        }
        return TryDecodeBase64(value, out var bytes) ? new Metadata.Entry(key, bytes) : null;
    }

    /// <summary>Call metadata from request or response headers, leaving out the protocol's own.</summary>
    public static Metadata FromHeaders(IHeaderDictionary headers)
    {
        var metadata = new Metadata();
        foreach (var (name, values) in headers)
        {
            if (GrpcProtocol.IsReservedHeader(name))
            {
                continue;
            }
            AddValues(metadata, name, (IEnumerable<string?>)values);
        }
        return metadata;
    }

    public static Metadata FromHeaders(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        var metadata = new Metadata();
        foreach (var (name, values) in headers)
        {
            if (GrpcProtocol.IsReservedHeader(name))
            {
                continue;
            }
            AddValues(metadata, name, values);
        }
        return metadata;
    }

    private static void AddValues(Metadata metadata, string name, IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }
            // Peers may fold repeated binary values into one comma separated header.
            var parts = Metadata.IsBinaryKey(name) ? value.Split(',') : [value];
            foreach (var part in parts)
            {
                Metadata.Entry? entry;
                try
                {
                    entry = TryDecode(name, part.Trim());
                }
                catch (ArgumentException)
                {
                    entry = null;
                }
                if (entry is not null)
                {
                    metadata.Add(entry);
                }
            }
        }
    }

    private static bool TryDecodeBase64(string value, out byte[] bytes)
    {
        var padded = value.Length % 4 == 0 ? value : value + new string('=', 4 - value.Length % 4);
        bytes = new byte[padded.Length / 4 * 3];
        if (Convert.TryFromBase64String(padded, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }
        bytes = [];
        return false;
    }
}
