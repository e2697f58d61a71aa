namespace Telehealth.Prescription.Domain;

/// <summary>One field's old and new value as text; null means the field was not set.</summary>
public sealed record FieldChange(string Field, string? Old, string? New)
{
    public override string ToString() => $"{Field} {Old ?? "(none)"} → {New ?? "(none)"}";
}
