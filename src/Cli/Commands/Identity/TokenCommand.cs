using System.CommandLine;
using System.Text.Json.Nodes;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Input;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Cli.Commands.Identity;

/// <summary>
/// Issues a development token with the running AppHost's signing key. The token alone goes to stdout,
/// so `export TELEHEALTH_TOKEN=$(telehealth token --role patient)` works; who it is for goes to stderr.
/// </summary>
internal static class TokenCommand
{
    private static readonly string[] Roles = ["patient", "therapist", "operator"];

    public static Command Create(CommandRuntime runtime)
    {
        var role = new Option<string>("--role") { Description = "Who the token is for: patient, therapist or operator", Required = true, HelpName = "role" };
        role.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !Roles.Contains(result.Tokens[0].Value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"--role takes patient, therapist or operator, not '{result.Tokens[0].Value}'.");
            }
        });
        var subject = OptionParsers.Uuid("--subject", "The caller's id; a new one when left out");
        var lifetime = OptionParsers.Duration("--lifetime", "How long the token lasts; default 1h");
        var command = new Command("token", "Issue a development token with the running AppHost's signing key") { role, subject, lifetime };
        runtime.SetAction(command, context =>
        {
            var path = context.Connection.SigningKeyPath();
            if (!File.Exists(path))
            {
                throw CliException.Unavailable($"There is no development signing key at {path}: the AppHost must be running (bash scripts/start.sh).");
            }
            if (!context.Connection.AppHostRunning)
            {
                // Each AppHost run makes a new key, so a token from the last run's key is refused by the next run.
                context.Output.Note($"No {context.Connection.ManifestPath}: the AppHost does not seem to be running; the token is signed with the key its last run left.");
            }
            var callerRole = Enum.Parse<CallerRole>(context.Value(role)!, ignoreCase: true);
            var id = context.Value(subject) ?? Guid.NewGuid();
            using var identity = DevelopmentIdentity.Load(path);
            var token = identity.Issue(callerRole, id, context.Value(lifetime));
            var expires = TokenPayload.Read(token).ExpiresAt;
            if (context.Output.Json)
            {
                context.Output.WriteJson(new JsonObject
                {
                    ["token"] = token,
                    ["subject"] = id.ToString(),
                    ["role"] = context.Value(role),
                    ["expiresAt"] = expires?.ToString("O"),
                });
            }
            else
            {
                context.Host.Console.Out.WriteLine(token);
                context.Output.Note($"Token for {context.Value(role)} {id}, valid until {context.Output.Time(expires)}.");
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
