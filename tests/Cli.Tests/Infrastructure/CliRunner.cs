using Telehealth.Cli.Hosting;
using Telehealth.Cli.Tests.Fakes;
using Grpc.Net.Client.Configuration;
using Grpc.Core;

namespace Telehealth.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the command line in-process with captured stdout and stderr, scripted stdin, its own environment
/// variables (never the machine's) and a private folder to look for the repository and .state from.
/// </summary>
internal sealed class CliRunner : IDisposable
{
    private readonly TempDirectory _home = new();

    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>The folder the command line starts from; its .state is the default state folder.</summary>
    public string Home => _home.Path;

    public string Input { get; set; } = "";

    /// <summary>Whether stdin is a terminal, i.e. whether commands may ask questions.</summary>
    public bool Interactive { get; set; }

    public TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Utc;

    /// <summary>Options added at the end of every command line, e.g. a longer --timeout for services just started.</summary>
    public List<string> ExtraArguments { get; } = [];

    /// <summary>A runner whose four service addresses point at <paramref name="system"/> and which carries <paramref name="token"/>.</summary>
    public static CliRunner For(FakeSystem system, string? token)
    {
        var runner = new CliRunner();
        foreach (var service in new[] { "PRESCRIPTION", "SCHEDULING", "PROGRESS", "NOTIFICATION" })
        {
            runner.Environment[$"TELEHEALTH_{service}_URL"] = system.Address.ToString();
        }
        if (token is not null)
        {
            runner.Environment["TELEHEALTH_TOKEN"] = token;
        }
        return runner;
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, new CapturedWriter(), CancellationToken.None);

    public async Task<CliResult> RunAsync(string[] args, CapturedWriter output, CancellationToken cancellation)
    {
        var error = new CapturedWriter();
        var host = new CliHost
        {
            Console = new CliConsole(output, error, new StringReader(Input), Interactive, OutputIsTerminal: false),
            Environment = CliEnvironment.From(Environment, Home),
            Clock = new FixedZoneClock(Zone),
            // Quick retries: the tests wait for behaviour, not for backoff.
            Retry = new RetryPolicy { MaxAttempts = 4, InitialBackoff = TimeSpan.FromMilliseconds(20), MaxBackoff = TimeSpan.FromMilliseconds(100), BackoffMultiplier = 2, RetryableStatusCodes = { StatusCode.Unavailable } },
            ReconnectBackoffCap = TimeSpan.FromMilliseconds(200),
        };
        var exitCode = await TelehealthCli.RunAsync([.. args, .. ExtraArguments], host, cancellation, handleCtrlC: false);
        return new CliResult(exitCode, output.Text, error.Text);
    }

    public void Dispose() => _home.Dispose();
}
