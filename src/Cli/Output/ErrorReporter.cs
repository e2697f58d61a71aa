using System.Text.Json.Nodes;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Hosting;

namespace Telehealth.Cli.Output;

/// <summary>Writes a failure to stderr, as a sentence (or a JSON object with --json), and gives its exit code.</summary>
internal static class ErrorReporter
{
    /// <param name="tokenRole">The caller's role as the token says it, when known.</param>
    public static int Report(Exception exception, CliConsole console, bool json, string? tokenRole = null)
    {
        var error = Describe(exception, tokenRole);
        if (json)
        {
            console.Error.WriteLine(ToJson(error).ToJsonString());
        }
        else
        {
            // The fields at fault follow the sentence as a list.
            var headline = error.Violations.Count > 0 ? error.Message.TrimEnd('.') + ":" : error.Message;
            console.Error.WriteLine($"Error: {headline}");
            foreach (var (field, description) in error.Violations)
            {
                console.Error.WriteLine($"  - {field}: {description}");
            }
        }
        return error.ExitCode;
    }

    public static ErrorDescription Describe(Exception exception, string? tokenRole = null) => exception switch
    {
        ServiceCallException call => ServiceErrors.Describe(call, tokenRole),
        CliException cli => new ErrorDescription(cli.ExitCode, cli.Message),
        OperationCanceledException => new ErrorDescription(ExitCodes.Interrupted, "Interrupted."),
        _ => new ErrorDescription(ExitCodes.Unexpected, $"Something unexpected went wrong: {exception.GetType().Name}: {exception.Message}"),
    };

    private static JsonObject ToJson(ErrorDescription error)
    {
        var body = new JsonObject { ["exitCode"] = error.ExitCode, ["message"] = error.Message };
        if (error.Status is not null)
        {
            body["status"] = error.Status;
            body["service"] = error.Service;
            body["address"] = error.Address;
        }
        if (error.Violations.Count > 0)
        {
            body["violations"] = new JsonArray(error.Violations
                .Select(v => (JsonNode)new JsonObject { ["field"] = v.Field, ["description"] = v.Description })
                .ToArray());
        }
        return new JsonObject { ["error"] = body };
    }
}
