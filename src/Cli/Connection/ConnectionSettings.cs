using Telehealth.Cli.Hosting;

namespace Telehealth.Cli.Connection;

/// <summary>
/// Where the system is and who is calling, for one command line. Each setting comes from its option,
/// else its environment variable, else the running AppHost's apphost.json; a missing one is a
/// sentence naming the option and the variable.
/// </summary>
internal sealed class ConnectionSettings(
    CliEnvironment environment,
    string? stateDirOption,
    string? endpointsFileOption,
    IReadOnlyDictionary<ServiceName, string?> urlOptions,
    string? tokenOption,
    TimeSpan timeout)
{
    public const string TokenVariable = "TELEHEALTH_TOKEN";
    private const string StartHint = "or start the system with bash scripts/start.sh";

    private readonly Lazy<string> _stateDirectory = new(() => StateDirectory.Resolve(stateDirOption, environment));
    private readonly Lazy<IReadOnlyDictionary<string, string>?> _endpointsFile = new(() => endpointsFileOption is null ? null : EndpointsFile.Load(endpointsFileOption));
    private AppHostManifest? _manifest;
    private bool _manifestRead;

    public TimeSpan Timeout { get; } = timeout;

    public string StateDirectoryPath => _stateDirectory.Value;

    public string ManifestPath => Path.Combine(StateDirectoryPath, AppHostManifest.FileName);

    /// <summary>The bearer token, or null when none was given.</summary>
    public string? Token => tokenOption ?? environment.Get(TokenVariable);

    public string RequireToken() => Token
        ?? throw CliException.Denied($"No token: pass --token or set {TokenVariable} (get one with `telehealth token --role <patient|therapist|operator>`).");

    /// <summary>Where the service answers gRPC: option, endpoints file, environment, apphost.json, in that order.</summary>
    public Uri GrpcAddress(ServiceName service)
    {
        var (address, source) = urlOptions.GetValueOrDefault(service) is { } option ? (option, service.UrlOption())
            : _endpointsFile.Value?.GetValueOrDefault(service.Key()) is { } fromFile ? (fromFile, $"the endpoints file {endpointsFileOption}")
            : environment.Get(service.UrlVariable()) is { } fromEnvironment ? (fromEnvironment, service.UrlVariable())
            : Manifest()?.GrpcAddress(service) is { } fromManifest ? (fromManifest, ManifestPath)
            : throw CliException.Usage($"No address for the {service.Key()} service: pass {service.UrlOption()} or set {service.UrlVariable()} ({StartHint}, which writes {ManifestPath}).");
        return HttpAddress(address, source);
    }

    /// <summary>
    /// Where the service answers HTTP/1.1 (its health and, for scheduling, the calendar feed):
    /// <paramref name="option"/>, endpoints file, environment, apphost.json, in that order.
    /// </summary>
    public Uri HttpAddress(ServiceName service, string? option, string optionName)
    {
        var (address, source) = option is not null ? (option, optionName)
            : endpointsFileOption is not null && EndpointsFile.LoadHttp(endpointsFileOption).GetValueOrDefault(service.Key()) is { } fromFile ? (fromFile, $"the endpoints file {endpointsFileOption}")
            : environment.Get(service.HttpUrlVariable()) is { } fromEnvironment ? (fromEnvironment, service.HttpUrlVariable())
            : Manifest()?.HttpAddress(service) is { } fromManifest ? (fromManifest, ManifestPath)
            : throw CliException.Usage($"No HTTP address for the {service.Key()} service: pass {optionName} or set {service.HttpUrlVariable()} ({StartHint}, which writes {ManifestPath}).");
        return HttpAddress(address, source);
    }

    /// <summary>Whether a running AppHost has written apphost.json (it removes it when it stops).</summary>
    public bool AppHostRunning => Manifest() is not null;

    /// <summary>What the running AppHost wrote to apphost.json; a usage error naming the start script when none is running.</summary>
    public AppHostManifest RunningAppHost() => Manifest()
        ?? throw CliException.Usage($"No AppHost is running (there is no {ManifestPath}): start the system with bash scripts/start.sh.");

    /// <summary>The AppHost's development signing key: where apphost.json says, else identity/signing-key.json in the state folder.</summary>
    public string SigningKeyPath() =>
        Manifest()?.Identity is { Length: > 0 } fromManifest
            ? fromManifest
            : Path.Combine(StateDirectoryPath, "identity", "signing-key.json");

    private AppHostManifest? Manifest()
    {
        if (!_manifestRead)
        {
            _manifest = AppHostManifest.TryLoad(ManifestPath);
            _manifestRead = true;
        }
        return _manifest;
    }

    private static Uri HttpAddress(string address, string source)
    {
        var withScheme = address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address;
        if (Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }
        throw CliException.Usage($"'{address}' from {source} is not an http:// or https:// address.");
    }
}
