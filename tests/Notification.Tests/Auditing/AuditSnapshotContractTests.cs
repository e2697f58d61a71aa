using Telehealth.Notification.Inbox;
using Telehealth.Testing.Auditing;

namespace Telehealth.Notification.Tests.Auditing;

/// <summary>What an auditor reads in this service's records is the shape documented for its version (snapshots.md beside audit.proto).</summary>
public sealed class AuditSnapshotContractTests
{
    [Fact]
    public void Every_audit_action_writes_the_shape_documented_for_its_schema_version()
    {
        var disagreements = SnapshotContract.Disagreements([AcknowledgementAudit.AlertAcknowledged]);

        Assert.True(disagreements.Count == 0, string.Join("\n\n", disagreements));
    }
}
