namespace Telehealth.AppHost;

/// <summary>The AppHost's command line.</summary>
public sealed record AppHostOptions
{
    public const string Usage = """
        Starts the telehealth system: a private RabbitMQ node, the four services and the operator dashboard.

        Usage: dotnet run --project AppHost -- [options]

        Options:
          --dashboard-port <port>   Port of the dashboard and its OTLP receiver (default 18888; 0 picks a free one)
          --dashboard-bind <addr>   Address the dashboard listens on (default 127.0.0.1, loopback only)
          --keep-data               Keep the databases and the broker's data from the last run (default: start fresh)
          --state-dir <path>        Where data, databases and logs live (default: .state in the repository)
          --no-build                Run the services as last built, without building them first
          --help                    Show this help
        """;

    public int DashboardPort { get; init; } = 18888;

    public string DashboardBind { get; init; } = "127.0.0.1";

    public bool KeepData { get; init; }

    public string? StateDirectory { get; init; }

    public bool Build { get; init; } = true;

    public bool ShowHelp { get; init; }

    /// <summary>The options, or an error line naming what was wrong.</summary>
    public static (AppHostOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new AppHostOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--help" or "-h":
                    options = options with { ShowHelp = true };
                    break;
                case "--keep-data":
                    options = options with { KeepData = true };
                    break;
                case "--no-build":
                    options = options with { Build = false };
                    break;
                case "--dashboard-port":
                    if (!int.TryParse(Value(), out var port) || port is < 0 or > 65535)
                    {
                        return (null, "--dashboard-port takes a port number from 0 to 65535");
                    }
                    options = options with { DashboardPort = port };
                    break;
                case "--dashboard-bind":
                    if (Value() is not { Length: > 0 } bind || !System.Net.IPAddress.TryParse(bind, out _))
                    {
                        return (null, "--dashboard-bind takes an IP address, e.g. 127.0.0.1");
                    }
                    options = options with { DashboardBind = bind };
                    break;
                case "--state-dir":
                    if (Value() is not { Length: > 0 } dir)
                    {
                        return (null, "--state-dir takes a folder");
                    }
                    options = options with { StateDirectory = Path.GetFullPath(dir) };
                    break;
                default:
                    return (null, $"unknown option '{args[i]}' (see --help)");
            }
        }
        return (options, null);
    }
}
