using System.CommandLine;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Hosting;
using Telehealth.Cli.Input;

namespace Telehealth.Cli.Commands;

/// <summary>
/// Options every command takes: output format, identity and where the system is. Recursive, so they
/// may come before or after the command's own (telehealth --json therapist triage, or at the end).
/// </summary>
internal sealed class GlobalOptions
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public Option<bool> Json { get; } = new("--json") { Description = "Print machine-readable JSON (protobuf JSON for API messages) instead of tables", Recursive = true };

    public Option<string?> Token { get; } = new("--token") { Description = "Bearer token for the services [env: TELEHEALTH_TOKEN]", Recursive = true };

    public Option<TimeSpan?> Timeout { get; } = Recursive(OptionParsers.Duration("--timeout", "How long to wait for each call, retries included; default 15s"));

    public Option<string?> StateDir { get; } = new("--state-dir") { Description = $"The AppHost's state folder, holding apphost.json [env: {StateDirectory.Variable}; default: .state in the repository]", HelpName = "path", Recursive = true };

    public Option<string?> Endpoints { get; } = new("--endpoints") { Description = "A JSON file of service addresses (apphost.json's shape, or {\"prescription\":\"http://…\"})", HelpName = "file", Recursive = true };

    public IReadOnlyDictionary<ServiceName, Option<string?>> ServiceUrls { get; } = ServiceNames.All.ToDictionary(
        service => service,
        service => new Option<string?>(service.UrlOption())
        {
            Description = $"The {service.Key()} service's gRPC address [env: {service.UrlVariable()}]",
            HelpName = "url",
            Recursive = true,
        });

    public IEnumerable<Option> All =>
        new Option[] { Json, Token, Timeout, StateDir, Endpoints }
            .Concat(ServiceUrls.Values);

    public ConnectionSettings ConnectionFrom(ParseResult parse, CliEnvironment environment) => new(
        environment,
        parse.GetValue(StateDir),
        parse.GetValue(Endpoints),
        ServiceUrls.ToDictionary(pair => pair.Key, pair => parse.GetValue(pair.Value)),
        parse.GetValue(Token),
        parse.GetValue(Timeout) ?? DefaultTimeout);

    private static Option<T> Recursive<T>(Option<T> option)
    {
        option.Recursive = true;
        return option;
    }
}
