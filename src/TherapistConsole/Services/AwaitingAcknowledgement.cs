using Telehealth.Contracts.Notification.V1;

namespace Telehealth.TherapistConsole.Services;

/// <summary>
/// The signed-in therapist's notifications about one patient that wait for an acknowledgement
/// (red flags and the like), newest first: the inbox filtered by the patient, read a page at a time,
/// as far back as <see cref="PagesAtMost"/> pages. Each page is filtered here too, so a notification
/// service that does not know the filter yet still gives the right answer.
/// </summary>
public static class AwaitingAcknowledgement
{
    public const int PageSize = 200;

    /// <summary>An urgent notification goes unacknowledged for hours, not for a thousand notifications about one patient.</summary>
    public const int PagesAtMost = 5;

    public static async Task<IReadOnlyList<Notification>> ReadAsync(NotificationService.NotificationServiceClient notifications, string patientId, CancellationToken cancellationToken = default)
    {
        var found = new List<Notification>();
        var before = 0L;
        for (var page = 0; page < PagesAtMost; page++)
        {
            var answer = await notifications.ListNotificationsAsync(new ListNotificationsRequest { PageSize = PageSize, BeforeCursor = before, PatientId = patientId }, cancellationToken: cancellationToken);
            found.AddRange(answer.Notifications.Where(notification => notification.PatientId == patientId && IsAwaiting(notification)));
            if (answer.NextBeforeCursor == 0)
            {
                break;
            }
            before = answer.NextBeforeCursor;
        }
        return found;
    }

    public static bool IsAwaiting(Notification notification) => notification.RequiresAcknowledgement && notification.AcknowledgedAt is null;
}
