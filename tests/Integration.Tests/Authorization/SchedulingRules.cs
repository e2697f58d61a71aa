using Google.Protobuf;
using Telehealth.Contracts.Scheduling.V1;
using static Telehealth.Integration.Tests.Authorization.AccessCell;
using static Telehealth.Integration.Tests.Authorization.Requests;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>telehealth.scheduling.v1.SchedulingService: a patient's schedule is clinical; a therapist's hours are their own.</summary>
internal static class SchedulingRules
{
    private const string Service = "telehealth.scheduling.v1.SchedulingService/";

    public static IEnumerable<AccessRule> All { get; } =
    [
        // When the patient likes to exercise is the patient's choice; their therapist may read it.
        new(Service + "SetPreferences", PatientOwn, c => Ready(new SetPreferencesRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = c.Target.Patient.Id.ToString(),
            TimeZone = "UTC",
        })),
        new(Service + "GetPreferences", Owners, c => Ready(new GetPreferencesRequest { PatientId = c.Target.Patient.Id.ToString() })),
        new(Service + "GetToday", Owners, c => Ready(new GetTodayRequest { PatientId = c.Target.Patient.Id.ToString() })),
        new(Service + "GetWeek", Owners, c => Ready(new GetWeekRequest { PatientId = c.Target.Patient.Id.ToString() })),
        new(Service + "GetPatientPlan", Owners, c => Ready(new GetPatientPlanRequest { PatientId = c.Target.Patient.Id.ToString() })),
        // "Own" is A's hours, "other" B's; a patient may see their own therapist's hours to book, not set them.
        new(Service + "SetAvailability", TherapistOwn, c => Ready(StandardAvailability.For(c.Target.Therapist.Id))),
        new(Service + "GetAvailability", Owners, c => Ready(new GetAvailabilityRequest { TherapistId = c.Target.Therapist.Id.ToString() })),
        new(Service + "BookAppointment", Owners, BookAsync),
        new(Service + "RescheduleAppointment", Owners, RescheduleAsync),
        new(Service + "CancelAppointment", Owners, c => Ready(new CancelAppointmentRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            AppointmentId = c.Target.AppointmentId,
            Reason = "Feeling better; will book again if needed.",
        }), WriteOrder.Closing),
        new(Service + "FindFreeSlots", Owners, c => Ready(FreeSlots.Query(c.Target.Therapist, c.Target.Patient))),
        // The therapist's diary, filtered to the target patient.
        new(Service + "ListAppointments", TherapistOwn, c => Ready(new ListAppointmentsRequest { PatientId = c.Target.Patient.Id.ToString() })),
        // The feed's address opens the schedule without signing in, so only the patient may have it.
        new(Service + "GetCalendarFeed", PatientOwn, c => Ready(new GetCalendarFeedRequest { PatientId = c.Target.Patient.Id.ToString() })),
    ];

    private static async Task<IMessage> BookAsync(RequestContext context)
    {
        var slot = await FreeSlots.EarliestAsync(context.System, context.Target.Therapist, context.Target.Patient);
        return new BookAppointmentRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = context.Target.Patient.Id.ToString(),
            TherapistId = context.Target.Therapist.Id.ToString(),
            StartsAt = slot.StartsAt,
            EndsAt = slot.EndsAt,
            Reason = "Check-in on the new exercises",
        };
    }

    private static async Task<IMessage> RescheduleAsync(RequestContext context)
    {
        var slot = await FreeSlots.EarliestAsync(context.System, context.Target.Therapist, context.Target.Patient);
        return new RescheduleAppointmentRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            AppointmentId = context.Target.AppointmentId,
            StartsAt = slot.StartsAt,
            EndsAt = slot.EndsAt,
        };
    }
}
