using System.Security.Cryptography;
using System.Text;

namespace Telehealth.AppHost.Dashboard.Hosting;

/// <summary>The pages, scripts and styles compiled into the assembly under wwwroot/, loaded once.</summary>
internal sealed class EmbeddedAssets
{
    private const string Root = "wwwroot/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly Dictionary<string, EmbeddedAsset> _assets = new(StringComparer.Ordinal);

    public EmbeddedAssets()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(Root, StringComparison.Ordinal))
            {
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var contentType = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"";
            _assets[path[Root.Length..]] = new EmbeddedAsset(content, contentType, etag);
        }
    }

    public EmbeddedAsset? Find(string path) => _assets.GetValueOrDefault(path);

    public string Text(string path) =>
        Find(path) is { } asset ? Encoding.UTF8.GetString(asset.Content) : throw new InvalidOperationException($"{Root}{path} is not embedded");
}
