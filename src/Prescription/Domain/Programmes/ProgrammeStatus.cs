namespace Telehealth.Prescription.Domain;

public enum ProgrammeStatus
{
    Active,

    /// <summary>The patient stops for now (illness, holiday); the programme can still be adjusted and resumed.</summary>
    Paused,

    /// <summary>Final: nothing changes after completion.</summary>
    Completed,

    /// <summary>
    /// Held at once after a red flag: nothing changes by itself and routine reminders stop until
    /// the therapist decides to resume, adjust, pause or complete it.
    /// </summary>
    Held,
}
