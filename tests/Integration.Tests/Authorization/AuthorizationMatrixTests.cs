using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// The authorization matrix: every RPC of every service, each role, own and others' records,
/// against the services as processes. The rules are in the *Rules.cs files beside this one.
/// </summary>
[Collection(ClinicalCollection.Name)]
public sealed class AuthorizationMatrixTests(ClinicalSystem system, AuthorizationWorld world) : IClassFixture<AuthorizationWorld>
{
    [Fact]
    public async Task Every_rpc_answers_a_missing_expired_or_untrusted_token_with_unauthenticated_and_changes_nothing()
    {
        var matrix = new AccessMatrix(system, world);
        var before = await WorldSnapshot.TakeAsync(system, world);

        var mismatches = await matrix.UnauthenticatedAsync();
        var changes = (await WorldSnapshot.TakeAsync(system, world)).ChangesSince(before);

        Assert.True(mismatches.Count == 0 && changes.Count == 0, Report(mismatches, "Unauthenticated calls", changes));
    }

    [Fact]
    public async Task Every_rpc_refuses_the_cells_its_rule_refuses_without_a_change_and_serves_the_cells_it_allows()
    {
        var matrix = new AccessMatrix(system, world);
        var before = await WorldSnapshot.TakeAsync(system, world);

        var refusals = await matrix.RefusalsAsync();
        var changes = (await WorldSnapshot.TakeAsync(system, world)).ChangesSince(before);
        var allowed = await matrix.AllowedAsync();

        var mismatches = AccessMatrix.Unruled().Concat(refusals).Concat(allowed).ToList();
        Assert.True(mismatches.Count == 0 && changes.Count == 0, Report(mismatches, "Refused calls", changes));
    }

    private static string Report(IReadOnlyCollection<CellMismatch> mismatches, string calls, IReadOnlyCollection<string> changes) =>
        CellMismatch.Describe(mismatches) + $"\n{calls} changed {changes.Count} fact(s):\n" + string.Join("\n", changes);
}
