using System.CommandLine;
using System.Text.Json.Nodes;
using Telehealth.Cli.Hosting;

namespace Telehealth.Cli.Commands;

/// <summary>A command line that does not parse: what is wrong, and where to read the usage. Exit code 2.</summary>
internal static class UsageErrors
{
    public static int Report(ParseResult parse, CliConsole console, bool json)
    {
        var command = parse.CommandResult.Command;
        var path = CommandPath(command);
        var messages = parse.Errors.Select(error => error.Message).Distinct().ToList();
        if (command.Action is null && command.Subcommands.Count > 0)
        {
            // For a group, "Required command was not provided." says less than the list of its commands.
            messages.RemoveAll(message => message.StartsWith("Required command", StringComparison.Ordinal));
            messages.Add($"'{path}' needs a command: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}.");
        }
        if (json)
        {
            var error = new JsonObject
            {
                ["exitCode"] = ExitCodes.Usage,
                ["message"] = string.Join(" ", messages),
                ["usage"] = $"{path} --help",
            };
            console.Error.WriteLine(new JsonObject { ["error"] = error }.ToJsonString());
            return ExitCodes.Usage;
        }
        foreach (var message in messages)
        {
            console.Error.WriteLine($"Error: {message}");
        }
        console.Error.WriteLine($"Run '{path} --help' for usage.");
        return ExitCodes.Usage;
    }

    public static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command current; symbol = current.Parents.FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }
        return string.Join(' ', names);
    }
}
