using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Fuzzing;

/// <summary>
/// One generated request: its number within its RPC's run, what was done to it, the body as sent,
/// who sends it (and whether the RPC's rule allows them), and the free text it carries, which a
/// refusal must not repeat.
/// </summary>
internal sealed record FuzzCase(int Number, string Description, byte[] Body, TestCaller Caller, bool Authorised, IReadOnlyList<string> Strings)
{
    /// <summary>Text longer than this, found in an error's detail, is an echo of the request, not a field name.</summary>
    public const int EchoLength = 12;

    public string? EchoIn(string detail) =>
        Strings.FirstOrDefault(text => detail.Contains(text[..(EchoLength + 1)], StringComparison.Ordinal));
}
