namespace Telehealth.Integration.Tests.Authorization;

/// <summary>One cell of the matrix that did not answer as its rule says.</summary>
public sealed record CellMismatch(ServedRpc Rpc, string Cell, string Expected, string Actual)
{
    public override string ToString() => $"{Rpc} | {Cell} | expected {Expected} | got {Actual}";

    public static string Describe(IReadOnlyCollection<CellMismatch> mismatches) =>
        $"{mismatches.Count} cell(s) answered against their rule:\n" + string.Join("\n", mismatches);
}
