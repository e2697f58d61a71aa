using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Telehealth.Cli.Commands;
using Telehealth.Cli.Commands.Identity;
using Telehealth.Cli.Commands.Operator;
using Telehealth.Cli.Commands.Patient;
using Telehealth.Cli.Commands.Therapist;
using Telehealth.Cli.Hosting;

namespace Telehealth.Cli;

/// <summary>The `telehealth` command tree, and running one command line against it.</summary>
internal static class TelehealthCli
{
    public static Command Build(CliHost host)
    {
        var options = new GlobalOptions();
        var runtime = new CommandRuntime(host, options);
        var root = new Command("telehealth", "Home exercise programmes for low back pain: therapists, patients and operators at the command line.");
        var help = new HelpOption();
        help.Action = new RootHelpAction((HelpAction)help.Action!, root);
        root.Add(help);
        root.Add(new VersionOption());
        foreach (var option in options.All)
        {
            root.Add(option);
        }
        root.Add(TherapistCommand.Create(runtime));
        root.Add(PatientCommand.Create(runtime));
        root.Add(DashboardCommand.Create(runtime));
        root.Add(HealthCommand.Create(runtime));
        root.Add(TokenCommand.Create(runtime));
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>. A command line that does not parse exits 2 with the
    /// reason; Ctrl+C cancels <paramref name="cancellation"/>'s linked token when <paramref name="handleCtrlC"/>.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CliHost host, CancellationToken cancellation = default, bool handleCtrlC = true)
    {
        var root = Build(host);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            var json = args.Contains("--json");
            return UsageErrors.Report(parse, host.Console, json);
        }
        var configuration = new InvocationConfiguration
        {
            Output = host.Console.Out,
            Error = host.Console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = handleCtrlC ? TimeSpan.FromSeconds(2) : null,
        };
        return await parse.InvokeAsync(configuration, cancellation).ConfigureAwait(false);
    }
}
