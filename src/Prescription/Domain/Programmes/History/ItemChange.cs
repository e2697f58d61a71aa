namespace Telehealth.Prescription.Domain;

/// <summary>An item present in both versions, with each field that changed.</summary>
public sealed record ItemChange(Guid ItemId, string ExerciseName, IReadOnlyList<FieldChange> Changes)
{
    public override string ToString() => $"{ExerciseName}: {string.Join("; ", Changes)}";
}
