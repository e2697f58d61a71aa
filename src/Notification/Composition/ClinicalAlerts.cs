using System.Globalization;
using Telehealth.Contracts.Events.V1;

namespace Telehealth.Notification.Composition;

/// <summary>What progress finds in a patient's reports, told to the therapist (and, for red flags, to the patient).</summary>
public static class ClinicalAlerts
{
    public static IReadOnlyList<ComposedNotification> Compose(RedFlagReported e) =>
    [
        new(e.TherapistId, Audience.Therapist, NotificationKind.RedFlag, Priority.Urgent,
            "Red flag reported",
            $"A patient reported {RedFlagNames.Describe(e.Flags)}. This is never handled automatically: contact them today and acknowledge this alert.",
            PublicText.TherapistUrgent, e.PatientId, RequiresAcknowledgement: true),
        new(e.PatientId, Audience.Patient, NotificationKind.RedFlag, Priority.Urgent,
            "Seek urgent care now",
            string.IsNullOrWhiteSpace(e.PatientAdvice) ? "Please seek urgent medical care now. Your therapist has been told." : e.PatientAdvice,
            PublicText.PatientUrgent, e.PatientId),
    ];

    public static IReadOnlyList<ComposedNotification> Compose(PainFlareDetected e) =>
    [
        Therapist(e.TherapistId, e.PatientId, NotificationKind.PainFlare, Priority.Normal,
            "Pain flare",
            $"Pain went from {e.PainBefore} to {e.PainAfter}/10. {e.Explanation}".Trim()),
    ];

    public static IReadOnlyList<ComposedNotification> Compose(AdherenceDropped e) =>
    [
        Therapist(e.TherapistId, e.PatientId, NotificationKind.AdherenceDropped, Priority.Normal,
            "Adherence dropped",
            $"A patient did {Percent(e.Adherence)} of their planned sessions over the last {e.WindowDays} days."),
    ];

    /// <summary>A change made within the therapist's cap is said as done, with how to take it back; any other waits for their decision.</summary>
    public static IReadOnlyList<ComposedNotification> Compose(SuggestionRecorded e)
    {
        var reference = e.SuggestionId.ToString("N")[..8];
        if (e.AppliedInVersion is { } version)
        {
            return
            [
                Therapist(e.TherapistId, e.PatientId, NotificationKind.AutomaticChange, Priority.Normal,
                    "Moved on automatically",
                    $"{e.Change} (version {version}, within the cap you set). {e.Explanation} To take it back, undo suggestion {reference}.".Trim()),
            ];
        }
        return
        [
            Therapist(e.TherapistId, e.PatientId, e.Regression ? NotificationKind.RegressionSuggested : NotificationKind.ProgressionSuggested, Priority.Normal,
                e.Regression ? "A step back is suggested" : "Ready to progress",
                $"{e.Change}. {e.Explanation} Approve, edit or reject suggestion {reference}.".Trim()),
        ];
    }

    public static IReadOnlyList<ComposedNotification> Compose(ReviewRequested e) =>
    [
        Therapist(e.TherapistId, e.PatientId, NotificationKind.ReviewRequested, Priority.Normal,
            e.Urgent ? "Urgent review requested" : "Review requested",
            e.Reason),
    ];

    public static IReadOnlyList<ComposedNotification> Compose(OutcomeRecorded e)
    {
        var change = e.ChangeFromBaseline is { } delta
            ? $" ({delta.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture)} from baseline{(e.MinimalImportantChangeReached ? ", a minimal important change" : "")})"
            : "";
        return
        [
            Therapist(e.TherapistId, e.PatientId, NotificationKind.OutcomeRecorded, Priority.Low,
                "Outcome recorded",
                $"{e.Measure} scored {e.Score.ToString("0.#", CultureInfo.InvariantCulture)}{change}."),
        ];
    }

    private static ComposedNotification Therapist(Guid therapistId, Guid patientId, NotificationKind kind, Priority priority, string title, string body) =>
        new(therapistId, Audience.Therapist, kind, priority, title, body, PublicText.TherapistUpdate, patientId);

    private static string Percent(double rate) => (rate * 100).ToString("0", CultureInfo.InvariantCulture) + " %";
}
