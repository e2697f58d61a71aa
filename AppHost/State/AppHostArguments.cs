namespace Telehealth.AppHost.State;

/// <summary>
/// The AppHost's own flags, turned into configuration keys before Aspire reads the command line:
/// <c>--keep-data</c> and <c>--state-dir &lt;path&gt;</c>. Anything else goes to Aspire as given.
/// </summary>
public static class AppHostArguments
{
    public const string Usage = """
        Starts the telehealth system under Aspire: a private RabbitMQ node (or the broker named by
        ConnectionStrings:messaging), the four services, the therapist's console and the Aspire dashboard.

        Usage: dotnet run --project AppHost -- [options]

        Options:
          --keep-data           Keep the databases and the broker's data from the last run (default: start fresh)
          --state-dir <path>    Where data, databases and apphost.json live (default: .state in the repository)
          --help                Show this help
        Aspire's own settings go as configuration, e.g. --ConnectionStrings:messaging=amqp://user:pass@host:5672/
        """;

    public static bool WantsHelp(string[] args) => args.Any(arg => arg is "--help" or "-h" or "-?");

    public static string[] ToConfiguration(string[] args)
    {
        var translated = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--keep-data":
                    translated.Add($"--{StateFolder.KeepDataKey}=true");
                    break;
                case "--state-dir" when i + 1 < args.Length:
                    translated.Add($"--{StateFolder.DirectoryKey}={args[++i]}");
                    break;
                default:
                    translated.Add(args[i]);
                    break;
            }
        }
        return [.. translated];
    }
}
