using Telehealth.Contracts.Prescription.V1;

namespace Telehealth.TherapistConsole.Components.Patients;

/// <summary>
/// Pausing, resuming or completing a programme: the status it asks for, and what the therapist
/// reads before confirming it and after.
/// </summary>
public sealed record StatusChange(ProgrammeStatus Target, string Action, string Consequence, string Done)
{
    public static readonly StatusChange Pause = new(
        ProgrammeStatus.Paused, "Pause",
        "The patient is asked to do no sessions and gets no reminders until you resume it.", "Paused");

    public static readonly StatusChange Resume = new(
        ProgrammeStatus.Active, "Resume",
        "Sessions and reminders start again from the current version.", "Resumed");

    public static readonly StatusChange Complete = new(
        ProgrammeStatus.Completed, "Complete",
        "This cannot be undone: to go on, prescribe a new programme.", "Completed");

    /// <summary>What the service allows from <paramref name="status"/>: a held programme may be resumed, paused or completed.</summary>
    public static IReadOnlyList<StatusChange> From(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Active => [Pause, Complete],
        ProgrammeStatus.Paused => [Resume, Complete],
        ProgrammeStatus.OnHold => [Resume, Pause, Complete],
        _ => [],
    };
}
