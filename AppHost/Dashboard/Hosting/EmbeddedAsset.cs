namespace Telehealth.AppHost.Dashboard.Hosting;

internal sealed record EmbeddedAsset(byte[] Content, string ContentType, string ETag);
