namespace Telehealth.Notification.Composition;

/// <summary>Text for channels that are not private (email, webhook): says that there is something, never what.</summary>
public sealed record PublicText(string Subject, string Body)
{
    public static readonly PublicText PatientMessage = new(
        "A new message from your care team",
        "You have a new message from your care team. Open the Telehealth app to read it.");

    public static readonly PublicText PatientReminder = new(
        "A reminder from your care team",
        "You have a reminder waiting in the Telehealth app.");

    public static readonly PublicText PatientUrgent = new(
        "Urgent: please open the Telehealth app",
        "Your care team has an urgent message for you. Open the Telehealth app now.");

    public static readonly PublicText TherapistUpdate = new(
        "A new update in your caseload",
        "There is a new update about a patient in your caseload. Open the app to see it.");

    public static readonly PublicText TherapistUrgent = new(
        "Urgent: a patient reported a red flag",
        "Urgent: a patient reported a red flag - open the app.");

    /// <summary>Stands for several messages that came faster than the rate limit allows.</summary>
    public static PublicText Digest(Audience audience, int count) => audience == Audience.Therapist
        ? new("Updates in your caseload", $"There are {count} new updates about patients in your caseload. Open the app to see them.")
        : new("Messages from your care team", $"You have {count} new messages from your care team. Open the Telehealth app to read them.");

    /// <summary>To the on-call address, when nobody acknowledged an urgent notification in time.</summary>
    public static PublicText Escalation(Guid notificationId, TimeSpan waited) => new(
        "Escalation: an urgent alert was not acknowledged",
        $"An urgent red flag alert has not been acknowledged for {Math.Round(waited.TotalMinutes, 1)} minutes. "
        + $"Open the app to see it and contact the patient. Reference: {notificationId}.");
}
