using Telehealth.Contracts.Notification.V1;
using static Telehealth.Integration.Tests.Authorization.AccessCell;
using static Telehealth.Integration.Tests.Authorization.Requests;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// telehealth.notification.v1.NotificationService: an inbox is its recipient's alone. The inbox calls
/// name the notification of the target case in the caller's own role: A's alert about P, or P's own.
/// </summary>
internal static class NotificationRules
{
    private const string Service = "telehealth.notification.v1.NotificationService/";

    public static IEnumerable<AccessRule> All { get; } =
    [
        // Contact details and quiet hours are the recipient's; an operator may fix them (the contract says so, and they hold
        // no clinical content). A therapist may not read or set a patient's (conservative: nothing in the product needs it).
        new(Service + "SetPreferences", PatientOwn | Operator, c => Ready(new SetPreferencesRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            RecipientId = c.Target.Patient.Id.ToString(),
            TimeZone = "Europe/London",
        })),
        new(Service + "GetPreferences", PatientOwn | Operator, c => Ready(new GetPreferencesRequest { RecipientId = c.Target.Patient.Id.ToString() })),
        // Names no patient: the caller's own inbox. An operator has none: nothing is addressed to operators, and notifications are clinical content.
        new(Service + "ListNotifications", PatientsAndTherapists, _ => Ready(new ListNotificationsRequest { PageSize = 20 })),
        new(Service + "MarkRead", Owners, c => Ready(new MarkReadRequest { NotificationId = c.Target.NotificationFor(c.Caller) })),
        new(Service + "Acknowledge", Owners, c => Ready(new AcknowledgeRequest { NotificationId = c.Target.NotificationFor(c.Caller) })),
        new(Service + "Subscribe", PatientsAndTherapists, _ => Ready(new SubscribeRequest())),
        // How a notification went out (states, attempts, masked addresses, no content) is delivery telemetry an operator watches.
        new(Service + "GetDeliveries", Owners | Operator, c => Ready(new GetDeliveriesRequest { NotificationId = c.Target.NotificationFor(c.Caller) })),
    ];
}
