using Telehealth.Cli.Connection;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;

namespace Telehealth.Cli.Clients;

/// <summary>The scheduling service: a patient's day, a therapist's hours, review appointments and the calendar feed.</summary>
internal sealed class SchedulingClient(ServiceConnection connection)
{
    private readonly SchedulingService.SchedulingServiceClient _client = new(connection.Invoker);

    public Task<Schedule> GetTodayAsync(Guid patientId, CancellationToken cancellationToken) =>
        connection.CallAsync("GetToday", options => _client.GetTodayAsync(new GetTodayRequest { PatientId = patientId.ToString() }, options), cancellationToken);

    public Task<Appointment> BookAsync(BookAppointmentRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync("BookAppointment", options => _client.BookAppointmentAsync(request, options), cancellationToken);
    }

    public Task<FindFreeSlotsResponse> FindFreeSlotsAsync(FindFreeSlotsRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync("FindFreeSlots", options => _client.FindFreeSlotsAsync(request, options), cancellationToken);

    public Task<Schedule> GetPatientPlanAsync(GetPatientPlanRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync("GetPatientPlan", options => _client.GetPatientPlanAsync(request, options), cancellationToken);

    public Task<Availability> SetAvailabilityAsync(SetAvailabilityRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync("SetAvailability", options => _client.SetAvailabilityAsync(request, options), cancellationToken);
    }

    public Task<Availability> GetAvailabilityAsync(Guid therapistId, CancellationToken cancellationToken) =>
        connection.CallAsync("GetAvailability", options => _client.GetAvailabilityAsync(new GetAvailabilityRequest { TherapistId = therapistId.ToString() }, options), cancellationToken);

    public Task<Appointment> RescheduleAsync(RescheduleAppointmentRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync("RescheduleAppointment", options => _client.RescheduleAppointmentAsync(request, options), cancellationToken);
    }

    public Task<Appointment> CancelAsync(CancelAppointmentRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync("CancelAppointment", options => _client.CancelAppointmentAsync(request, options), cancellationToken);
    }

    public Task<ListAppointmentsResponse> ListAppointmentsAsync(ListAppointmentsRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync("ListAppointments", options => _client.ListAppointmentsAsync(request, options), cancellationToken);

    public Task<CalendarFeed> GetCalendarFeedAsync(GetCalendarFeedRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync("GetCalendarFeed", options => _client.GetCalendarFeedAsync(request, options), cancellationToken);
}
