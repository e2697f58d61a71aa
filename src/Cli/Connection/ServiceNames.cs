namespace Telehealth.Cli.Connection;

internal static class ServiceNames
{
    public static IReadOnlyList<ServiceName> All { get; } = Enum.GetValues<ServiceName>();

    /// <summary>"prescription": the key in apphost.json and the stem of --prescription-url.</summary>
    public static string Key(this ServiceName service) => service.ToString().ToLowerInvariant();

    public static string UrlOption(this ServiceName service) => $"--{service.Key()}-url";

    public static string UrlVariable(this ServiceName service) => $"TELEHEALTH_{service.Key().ToUpperInvariant()}_URL";

    /// <summary>The variable naming the service's HTTP/1.1 address (health, the calendar feed), e.g. TELEHEALTH_SCHEDULING_HTTP_URL.</summary>
    public static string HttpUrlVariable(this ServiceName service) => $"TELEHEALTH_{service.Key().ToUpperInvariant()}_HTTP_URL";
}
