namespace Telehealth.Prescription.Domain;

/// <summary>
/// Who made a clinical change. The id is a string so that the system, which is not a person,
/// can be recorded the same way as a therapist.
/// </summary>
public sealed record Actor(string Id, ActorRole Role)
{
    public static Actor System { get; } = new("system", ActorRole.System);

    public static Actor Therapist(Guid therapistId) => new(therapistId.ToString(), ActorRole.Therapist);

    public override string ToString() => Role == ActorRole.System ? "the system" : $"therapist {Id}";
}
