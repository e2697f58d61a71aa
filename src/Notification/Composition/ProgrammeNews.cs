using Telehealth.Contracts.Events.V1;

namespace Telehealth.Notification.Composition;

/// <summary>A new programme version is ready, or the programme is held: the patient is told.</summary>
public static class ProgrammeNews
{
    public static IReadOnlyList<ComposedNotification> Compose(ProgrammePrescribed e) =>
    [
        new(e.PatientId, Audience.Patient, NotificationKind.ProgrammeReady, Priority.Normal,
            "Your exercise programme is ready",
            $"Your therapist prescribed a programme of {Exercises(e.Items.Count)}. Open it to see what to do and when.",
            PublicText.PatientMessage, e.PatientId),
    ];

    public static IReadOnlyList<ComposedNotification> Compose(ProgrammeAdjusted e) =>
    [
        new(e.PatientId, Audience.Patient, NotificationKind.ProgrammeReady, Priority.Normal,
            "Your programme was updated",
            string.IsNullOrWhiteSpace(e.Reason)
                ? $"Version {e.Version} of your programme is ready. Open it before your next session."
                : $"Version {e.Version} of your programme is ready: {e.Reason} Open it before your next session.",
            PublicText.PatientMessage, e.PatientId),
    ];

    /// <summary>One message instead of the session reminders that stop while the programme is held.</summary>
    public static IReadOnlyList<ComposedNotification> Compose(ProgrammeHeld e) =>
    [
        new(e.PatientId, Audience.Patient, NotificationKind.ProgrammeOnHold, Priority.Normal,
            "Your programme is on hold",
            "After the warning sign you reported, your programme is on hold and session reminders have stopped. " +
            "Please contact your clinician before you exercise again; your therapist will tell you how to go on.",
            PublicText.PatientMessage, e.PatientId),
    ];

    private static string Exercises(int count) => count == 1 ? "1 exercise" : $"{count} exercises";
}
