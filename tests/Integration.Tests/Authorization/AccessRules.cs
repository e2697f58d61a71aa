namespace Telehealth.Integration.Tests.Authorization;

/// <summary>The rules table: one rule per RPC, by full name.</summary>
internal static class AccessRules
{
    public static IReadOnlyList<AccessRule> All { get; } =
        [.. PrescriptionRules.All, .. ProgressRules.All, .. SchedulingRules.All, .. NotificationRules.All, .. AuditTrailRules.All];

    public static AccessRule? For(ServedRpc rpc) => All.FirstOrDefault(rule => rule.Method == rpc.FullName);
}
