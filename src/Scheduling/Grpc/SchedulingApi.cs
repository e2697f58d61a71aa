using Microsoft.AspNetCore.Authorization;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;
using Telehealth.Scheduling.Appointments;
using Telehealth.Scheduling.Calendar;
using Telehealth.Scheduling.Planning;
using Telehealth.Scheduling.Schedules;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Scheduling.Grpc;

/// <summary>telehealth.scheduling.v1.SchedulingService: who is calling, the request's ids, then the use case.</summary>
[Authorize(Policy = CallerPolicies.Caller)]
public sealed class SchedulingApi(
    PreferencesSubmission preferences,
    ScheduleQueries schedules,
    AvailabilitySubmission availability,
    AppointmentBooking booking,
    AppointmentQueries appointments,
    CalendarFeeds calendars) : SchedulingService.SchedulingServiceBase
{
    public override Task<Preferences> SetPreferences(SetPreferencesRequest request, ServerCallContext context) =>
        preferences.SetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Preferences> GetPreferences(GetPreferencesRequest request, ServerCallContext context) =>
        schedules.PreferencesAsync(PatientId(request.PatientId), context.GetCaller(), context.CancellationToken);

    public override Task<Schedule> GetToday(GetTodayRequest request, ServerCallContext context) =>
        schedules.TodayAsync(PatientId(request.PatientId), context.GetCaller(), context.CancellationToken);

    public override Task<Schedule> GetWeek(GetWeekRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var patientId = errors.Uuid("patient_id", request.PatientId);
        var weekOf = request.WeekOf.Length == 0 ? null : WallClock.ParseDate(request.WeekOf);
        if (request.WeekOf.Length > 0 && weekOf is null)
        {
            errors.Add("week_of", "must be a date, YYYY-MM-DD");
        }
        errors.ThrowIfAny();
        return schedules.WeekAsync(patientId, weekOf, context.GetCaller(), context.CancellationToken);
    }

    public override Task<Schedule> GetPatientPlan(GetPatientPlanRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var patientId = errors.Uuid("patient_id", request.PatientId);
        var from = errors.Instant("from", request.From, required: false);
        var to = errors.Instant("to", request.To, required: false);
        if (from is { } start && to is { } end && end <= start)
        {
            errors.Add("to", "must be after from");
        }
        errors.ThrowIfAny();
        return schedules.PlanAsync(patientId, from, to, request.IncludeCancelled, context.GetCaller(), context.CancellationToken);
    }

    public override Task<Availability> SetAvailability(SetAvailabilityRequest request, ServerCallContext context) =>
        availability.SetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Availability> GetAvailability(GetAvailabilityRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var therapistId = errors.Uuid("therapist_id", request.TherapistId);
        errors.ThrowIfAny();
        return availability.GetAsync(therapistId, context.GetCaller(), context.CancellationToken);
    }

    public override Task<Appointment> BookAppointment(BookAppointmentRequest request, ServerCallContext context) =>
        booking.BookAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Appointment> RescheduleAppointment(RescheduleAppointmentRequest request, ServerCallContext context) =>
        booking.RescheduleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Appointment> CancelAppointment(CancelAppointmentRequest request, ServerCallContext context) =>
        booking.CancelAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<FindFreeSlotsResponse> FindFreeSlots(FindFreeSlotsRequest request, ServerCallContext context) =>
        appointments.FreeSlotsAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListAppointmentsResponse> ListAppointments(ListAppointmentsRequest request, ServerCallContext context) =>
        appointments.ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<CalendarFeed> GetCalendarFeed(GetCalendarFeedRequest request, ServerCallContext context) =>
        calendars.GetAsync(PatientId(request.PatientId), request.RotateSubscription, context.GetCaller(), context.CancellationToken);

    private static Guid PatientId(string value)
    {
        var errors = new FieldErrors();
        var patientId = errors.Uuid("patient_id", value);
        errors.ThrowIfAny();
        return patientId;
    }
}
