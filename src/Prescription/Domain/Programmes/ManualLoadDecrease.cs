namespace Telehealth.Prescription.Domain;

/// <summary>
/// The therapist lowered an item's load by hand. The progress rules do not raise a load lowered
/// this way until the patient earns it again (CLINICAL.md), and automatic progression leaves it
/// to the therapist. It is cleared by the next increase of the load.
/// </summary>
public sealed record ManualLoadDecrease(decimal FromKg, decimal ToKg, int InVersion, DateTimeOffset At)
{
    /// <summary>The marker the item carries into <paramref name="version"/>.</summary>
    internal static ManualLoadDecrease? Track(ProgrammeItem? previous, Dosage next, Actor actor, int version, DateTimeOffset at)
    {
        if (previous is null)
        {
            return null;
        }

        if (previous.Dosage.LoadKg is not { } oldLoad || next.LoadKg is not { } newLoad)
        {
            return next.LoadKg is null ? null : previous.LoadLoweredByTherapist;
        }

        if (newLoad < oldLoad && actor.Role == ActorRole.Therapist)
        {
            return new ManualLoadDecrease(oldLoad, newLoad, version, at);
        }

        return newLoad > oldLoad ? null : previous.LoadLoweredByTherapist;
    }
}
