using System.Globalization;

namespace Telehealth.Prescription.Domain;

/// <summary>Who made one version, when and why.</summary>
public sealed record VersionStep(int Number, ProgrammeChangeKind Change, Actor By, DateTimeOffset At, string Reason)
{
    internal static VersionStep Of(ProgrammeVersion version) =>
        new(version.Number, version.Change, version.CreatedBy, version.CreatedAt, version.Reason);

    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Version {Number}: {EnumText.Of(Change)} by {By} at {At.ToUniversalTime():yyyy-MM-dd HH:mm} UTC — {Reason}");
}
