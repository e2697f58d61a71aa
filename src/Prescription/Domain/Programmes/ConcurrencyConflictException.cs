namespace Telehealth.Prescription.Domain;

/// <summary>
/// The change was based on a version that is no longer current: someone else changed the
/// programme in between. The caller reloads <see cref="CurrentVersion"/> and decides again.
/// </summary>
public sealed class ConcurrencyConflictException : DomainException
{
    public ConcurrencyConflictException(Guid programmeId, int expectedVersion, int currentVersion)
        : base(
            $"Programme {programmeId} is at version {currentVersion}, but the change was based on version {expectedVersion}. " +
            $"Reload version {currentVersion} and apply the change to it.",
            [new FieldViolation("expected_version", $"is {expectedVersion}, the current version is {currentVersion}")])
    {
        ProgrammeId = programmeId;
        ExpectedVersion = expectedVersion;
        CurrentVersion = currentVersion;
    }

    public Guid ProgrammeId { get; }

    public int ExpectedVersion { get; }

    public int CurrentVersion { get; }
}
