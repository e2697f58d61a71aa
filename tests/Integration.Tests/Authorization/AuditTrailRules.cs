using Telehealth.Contracts.Audit.V1;
using static Telehealth.Integration.Tests.Authorization.AccessCell;
using static Telehealth.Integration.Tests.Authorization.Requests;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>telehealth.audit.v1.AuditTrail, served by every service: a patient's trail is clinical content.</summary>
internal static class AuditTrailRules
{
    private const string Service = "telehealth.audit.v1.AuditTrail/";

    public static IEnumerable<AccessRule> All { get; } =
    [
        new(Service + "ListAuditRecords", Owners, c => Ready(new ListAuditRecordsRequest { PatientId = c.Target.Patient.Id.ToString(), PageSize = 20 })),
    ];
}
