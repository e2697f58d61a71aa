using Telehealth.Cli.Connection;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.Grpc.Client;

namespace Telehealth.Cli.Clients;

/// <summary>The scheduling service: a patient's day, and review appointments.</summary>
internal sealed class SchedulingClient(ServiceConnection connection)
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor Service = SchedulingReflection.Descriptor.Services[0];
    private static readonly Method<GetTodayRequest, Schedule> TodayMethod = Rpc.Of<GetTodayRequest, Schedule>(Service, "GetToday");
    private static readonly Method<BookAppointmentRequest, Appointment> BookMethod = Rpc.Of<BookAppointmentRequest, Appointment>(Service, "BookAppointment");
    private static readonly Method<FindFreeSlotsRequest, FindFreeSlotsResponse> FreeSlotsMethod = Rpc.Of<FindFreeSlotsRequest, FindFreeSlotsResponse>(Service, "FindFreeSlots");

    public Task<Schedule> GetTodayAsync(Guid patientId, CancellationToken cancellationToken) =>
        connection.CallAsync(TodayMethod, new GetTodayRequest { PatientId = patientId.ToString() }, cancellationToken);

    public Task<Appointment> BookAsync(BookAppointmentRequest request, CancellationToken cancellationToken)
    {
        request.RequestId = RequestIds.Ensure(request.RequestId);
        return connection.CallAsync(BookMethod, request, cancellationToken);
    }

    public Task<FindFreeSlotsResponse> FindFreeSlotsAsync(FindFreeSlotsRequest request, CancellationToken cancellationToken) =>
        connection.CallAsync(FreeSlotsMethod, request, cancellationToken);
}
