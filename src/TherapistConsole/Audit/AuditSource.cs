using Telehealth.Contracts.Audit.V1;

namespace Telehealth.TherapistConsole.Audit;

/// <summary>One service's audit trail: each service keeps the records of what it changed.</summary>
public sealed record AuditSource(string Service, AuditTrail.AuditTrailClient Client)
{
    public static readonly IReadOnlyList<string> Services = ["prescription", "progress", "scheduling", "notification"];
}
