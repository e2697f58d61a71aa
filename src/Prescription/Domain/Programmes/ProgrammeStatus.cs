namespace Telehealth.Prescription.Domain;

public enum ProgrammeStatus
{
    Active,

    /// <summary>The patient stops for now (illness, holiday); the programme can still be adjusted and resumed.</summary>
    Paused,

    /// <summary>Final: nothing changes after completion.</summary>
    Completed,
}
