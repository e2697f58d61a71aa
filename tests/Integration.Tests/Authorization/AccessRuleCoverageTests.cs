namespace Telehealth.Integration.Tests.Authorization;

/// <summary>The rules table and the contracts name the same RPCs: a new RPC without a rule fails here.</summary>
public sealed class AccessRuleCoverageTests
{
    [Fact]
    public void Every_served_rpc_has_a_rule()
    {
        var unruled = ServedRpcs.All.Select(rpc => rpc.FullName).Distinct().Except(AccessRules.All.Select(rule => rule.Method)).ToList();

        Assert.True(unruled.Count == 0, "RPCs without an authorization rule (add one in tests/Integration.Tests/Authorization):\n" + string.Join("\n", unruled));
    }

    [Fact]
    public void Every_rule_names_a_served_rpc_once()
    {
        var served = ServedRpcs.All.Select(rpc => rpc.FullName).ToHashSet();
        var unknown = AccessRules.All.Select(rule => rule.Method).Where(method => !served.Contains(method)).ToList();
        var repeated = AccessRules.All.GroupBy(rule => rule.Method).Where(group => group.Count() > 1).Select(group => group.Key).ToList();

        Assert.True(unknown.Count == 0, "Rules for RPCs no contract declares:\n" + string.Join("\n", unknown));
        Assert.True(repeated.Count == 0, "RPCs with more than one rule:\n" + string.Join("\n", repeated));
    }
}
