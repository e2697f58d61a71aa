using Telehealth.Cli.Connection;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;

namespace Telehealth.Cli.Clients;

/// <summary>The scheduling service: a patient's day, and review appointments.</summary>
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
}
