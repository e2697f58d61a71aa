namespace Telehealth.Cli.Output;

/// <summary>A failure as the user reads it: one sentence, the fields at fault, and the exit code.</summary>
internal sealed record ErrorDescription(int ExitCode, string Message)
{
    /// <summary>The gRPC status name (INVALID_ARGUMENT…) when a service answered with one.</summary>
    public string? Status { get; init; }

    public string? Service { get; init; }

    public string? Address { get; init; }

    public IReadOnlyList<(string Field, string Description)> Violations { get; init; } = [];
}
