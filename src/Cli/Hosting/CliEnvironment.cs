namespace Telehealth.Cli.Hosting;

/// <summary>
/// Environment variables and the folders the repository is looked for from. Injected so tests
/// never see the machine's TELEHEALTH_* variables or a running AppHost's state.
/// </summary>
internal sealed class CliEnvironment(Func<string, string?> variable, IReadOnlyList<string> searchFrom)
{
    /// <summary>Folders whose ancestors may hold Telehealth.sln: the working directory, then the program's own.</summary>
    public IReadOnlyList<string> SearchFrom { get; } = searchFrom;

    /// <summary>The variable's value, or null when it is unset or blank.</summary>
    public string? Get(string name) => variable(name) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static CliEnvironment FromProcess() =>
        new(Environment.GetEnvironmentVariable, [Directory.GetCurrentDirectory(), AppContext.BaseDirectory]);

    public static CliEnvironment From(IReadOnlyDictionary<string, string> variables, params string[] searchFrom) =>
        new(name => variables.TryGetValue(name, out var value) ? value : null, searchFrom);
}
