namespace Telehealth.ServiceDefaults.Auditing;

/// <summary>
/// One kind of audit record: its name ("programme.adjusted"), the type its before and after
/// snapshots are written from, and the version of that type's shape. An auditor reads a snapshot
/// by action and version, so the shape is a contract (src/Contracts/Protos/telehealth/audit/v1/snapshots.md):
/// a change to it is a new version, documented beside the old one, never an edit of the old one.
/// </summary>
public sealed record AuditAction(string Name, Type SnapshotType, int SchemaVersion);
