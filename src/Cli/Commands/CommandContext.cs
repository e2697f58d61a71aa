using System.CommandLine;
using Telehealth.Cli.Clients;
using Telehealth.Cli.Commands.Lookups;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Hosting;
using Telehealth.Cli.Input;
using Telehealth.Cli.Output;

namespace Telehealth.Cli.Commands;

/// <summary>
/// One running command: its parsed options, where output goes, and the clients it needs (opened on
/// first use, closed when the command ends).
/// </summary>
internal sealed class CommandContext : IDisposable
{
    private readonly ServiceConnections _connections;

    public CommandContext(ParseResult parse, CliHost host, GlobalOptions options, CancellationToken cancellation)
    {
        Parse = parse;
        Host = host;
        Cancellation = cancellation;
        Connection = options.ConnectionFrom(parse, host.Environment);
        Output = new CommandOutput(host.Console, parse.GetValue(options.Json), host.Clock.LocalTimeZone);
        _connections = new ServiceConnections(Connection, host.Retry);
    }

    public ParseResult Parse { get; }

    public CliHost Host { get; }

    public CancellationToken Cancellation { get; }

    public ConnectionSettings Connection { get; }

    public CommandOutput Output { get; }

    public DateTimeOffset Now => Host.Clock.GetUtcNow();

    public PrescriptionClient Prescription => new(_connections.For(ServiceName.Prescription));

    public ProgressClient Progress => new(_connections.For(ServiceName.Progress));

    public SchedulingClient Scheduling => new(_connections.For(ServiceName.Scheduling));

    public NotificationClient Notification => new(_connections.For(ServiceName.Notification));

    public HealthProbe Health => new(Connection);

    public T? Value<T>(Option<T> option) => Parse.GetValue(option);

    public T? Value<T>(Argument<T> argument) => Parse.GetValue(argument);

    /// <summary>What the token says about its holder (read, not checked: the services check it).</summary>
    public TokenPayload Token() => TokenPayload.Read(Connection.RequireToken());

    /// <summary>The caller, as the token names them (its subject).</summary>
    public Guid Caller() =>
        Token().Subject
        ?? throw CliException.Usage("The token names no subject (a UUID): get one with `telehealth token`.");

    /// <summary>The patient the option names, the start of the id looked up (see <see cref="PatientLookup"/>).</summary>
    public Task<Guid> PatientAsync(Option<IdPrefix?> patient) =>
        PatientLookup.ResolveAsync(this, Value(patient) ?? throw CliException.Usage("Say which patient with --patient <id>."));

    /// <summary>The patient the option names, else the caller (a patient's own token).</summary>
    public async Task<Guid> PatientOrCallerAsync(Option<IdPrefix?> patient) =>
        Value(patient) is { } given
            ? await PatientLookup.ResolveAsync(this, given)
            : Token().Subject ?? throw CliException.Usage("Say which patient with --patient <id>: the token names no subject.");

    public void Dispose() => _connections.Dispose();
}
