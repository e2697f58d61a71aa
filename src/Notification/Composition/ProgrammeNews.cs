using Telehealth.Contracts.Events.V1;

namespace Telehealth.Notification.Composition;

/// <summary>A new programme version is ready: the patient is told to open it.</summary>
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

    private static string Exercises(int count) => count == 1 ? "1 exercise" : $"{count} exercises";
}
