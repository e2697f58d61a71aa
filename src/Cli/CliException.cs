namespace Telehealth.Cli;

/// <summary>A failure the user can act on: its message is the sentence printed, its code the exit code.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    public static CliException Denied(string message) => new(ExitCodes.Denied, message);

    public static CliException NotFound(string message) => new(ExitCodes.NotFound, message);

    public static CliException Unavailable(string message) => new(ExitCodes.Unavailable, message);
}
