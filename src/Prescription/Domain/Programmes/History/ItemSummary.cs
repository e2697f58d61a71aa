namespace Telehealth.Prescription.Domain;

/// <summary>An item added or removed between two versions.</summary>
public sealed record ItemSummary(Guid ItemId, string ExerciseName, string Dosage)
{
    internal static ItemSummary Of(ProgrammeItem item) => new(item.ItemId, item.ExerciseName, item.Dosage.Describe());

    public override string ToString() => $"{ExerciseName}: {Dosage}";
}
