using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Telehealth.Cli.Connection;

namespace Telehealth.Cli.Commands;

/// <summary>
/// The standard help, and under the root command's help the environment variables and exit codes,
/// so scripts can be written from --help alone.
/// </summary>
internal sealed class RootHelpAction(HelpAction standard, Command root) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        standard.Invoke(parseResult);
        if (parseResult.CommandResult.Command == root)
        {
            Write(parseResult.InvocationConfiguration.Output);
        }
        return ExitCodes.Ok;
    }

    private static void Write(TextWriter output)
    {
        output.WriteLine("Environment:");
        var variables = new List<(string Name, string Meaning)>
        {
            (ConnectionSettings.TokenVariable, "bearer token (as --token)"),
            (StateDirectory.Variable, "the AppHost's state folder (as --state-dir)"),
        };
        variables.AddRange(ServiceNames.All.Select(service => (service.UrlVariable(), $"the {service.Key()} service's gRPC address")));
        variables.Add((ServiceName.Scheduling.HttpUrlVariable(), "the scheduling service's HTTP/1.1 address, where the calendar feed is (as calendar-url --http-url)"));
        foreach (var (name, meaning) in variables)
        {
            output.WriteLine($"  {name,-30} {meaning}");
        }
        output.WriteLine("  Options win over variables, variables over .state/apphost.json (written by a running AppHost).");
        output.WriteLine();
        output.WriteLine("Exit codes:");
        foreach (var (code, meaning) in ExitCodes.Table)
        {
            output.WriteLine($"  {code,-4} {meaning}");
        }
        output.WriteLine();
    }
}
