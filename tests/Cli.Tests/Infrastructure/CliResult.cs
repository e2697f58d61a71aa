using System.Text.Json;

namespace Telehealth.Cli.Tests.Infrastructure;

/// <summary>What one command line printed and its exit code.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public JsonElement Json() => JsonDocument.Parse(Out).RootElement;

    public JsonElement ErrorJson() => JsonDocument.Parse(Error).RootElement.GetProperty("error");

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
