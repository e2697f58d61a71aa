using System.CommandLine;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Hosting;
using Telehealth.Cli.Output;

namespace Telehealth.Cli.Commands;

/// <summary>
/// What every command is built with: the host and the global options; and the one place where a
/// command's failure becomes a sentence on stderr and an exit code.
/// </summary>
internal sealed class CommandRuntime(CliHost host, GlobalOptions options)
{
    public CliHost Host { get; } = host;

    public GlobalOptions Options { get; } = options;

    public void SetAction(Command command, Func<CommandContext, Task<int>> run) =>
        command.SetAction(async (parse, cancellation) =>
        {
            var json = parse.GetValue(Options.Json);
            try
            {
                using var context = new CommandContext(parse, Host, Options, cancellation);
                return await run(context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return ExitCodes.Interrupted;
            }
            catch (Exception exception)
            {
                return ErrorReporter.Report(exception, Host.Console, json, TokenRole(parse));
            }
        });

    // The role the token claims, for wording a refusal; none when there is no readable token.
    private string? TokenRole(ParseResult parse) =>
        Options.ConnectionFrom(parse, Host.Environment).Token is { } token && TokenPayload.Read(token).Role is { Length: > 0 } role ? role : null;
}
