namespace Telehealth.Prescription.Programmes;

/// <summary>Configuration section "ActiveProgrammeCache".</summary>
public sealed class ActiveProgrammeCacheSettings
{
    public const string Section = "ActiveProgrammeCache";

    /// <summary>Patients whose active programme is kept in memory (a few KiB each); the least recently read go first.</summary>
    public int Patients { get; set; } = 20_000;
}
