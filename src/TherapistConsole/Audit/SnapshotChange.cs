namespace Telehealth.TherapistConsole.Audit;

/// <summary>One field of a record's snapshot that a change touched: where it is, in words, and its value before and after (null where there was none).</summary>
public sealed record SnapshotChange(string Field, string? Before, string? After);
