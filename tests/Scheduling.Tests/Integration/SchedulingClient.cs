using Google.Protobuf;
using Google.Protobuf.Reflection;
using Telehealth.Contracts.Audit.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Net.Client;
using Grpc.Core;
using Telehealth.Testing;

namespace Telehealth.Scheduling.Tests.Integration;

/// <summary>Calls the scheduling service's unary RPCs by name, as a caller.</summary>
public sealed class SchedulingClient(GrpcChannel channel)
{
    public static ServiceDescriptor Service => SchedulingReflection.Descriptor.Services[0];

    public async Task<TResponse> CallAsync<TRequest, TResponse>(string methodName, TRequest request, TestCaller caller)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var method = DescriptorMethods.For<TRequest, TResponse>(Service.FindMethodByName(methodName)
            ?? throw new ArgumentException($"{Service.FullName} has no {methodName}.", nameof(methodName)));
        return await channel.UnaryCall(method, request, new CallOptions(headers: caller.Headers, deadline: DateTime.UtcNow + TimeSpan.FromSeconds(30)));
    }

    /// <summary>Calls an RPC whose message types are known only from its descriptor.</summary>
    public async Task<IMessage> CallAsync(MethodDescriptor method, IMessage request, TestCaller caller)
    {
        var call = typeof(SchedulingClient).GetMethods()
            .Single(m => m.Name == nameof(CallAsync) && m.IsGenericMethodDefinition)
            .MakeGenericMethod(method.InputType.ClrType, method.OutputType.ClrType);
        var task = (Task)call.Invoke(this, [method.Name, request, caller])!;
        await task;
        return (IMessage)task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task)!;
    }

    public Task<Schedule> TodayAsync(TestCaller patient) =>
        CallAsync<GetTodayRequest, Schedule>("GetToday", new GetTodayRequest { PatientId = patient.Id.ToString() }, patient);

    /// <summary>The patient's audit trail in this service (telehealth.audit.v1.AuditTrail), read by <paramref name="caller"/>.</summary>
    public async Task<ListAuditRecordsResponse> AuditTrailAsync(Guid patientId, TestCaller caller)
    {
        var method = DescriptorMethods.For<ListAuditRecordsRequest, ListAuditRecordsResponse>(AuditReflection.Descriptor.Services[0].FindMethodByName("ListAuditRecords"));
        return await channel.UnaryCall(method, new ListAuditRecordsRequest { PatientId = patientId.ToString() }, new CallOptions(headers: caller.Headers, deadline: DateTime.UtcNow + TimeSpan.FromSeconds(30)));
    }

    public Task<Schedule> WeekAsync(TestCaller patient) =>
        CallAsync<GetWeekRequest, Schedule>("GetWeek", new GetWeekRequest { PatientId = patient.Id.ToString() }, patient);
}
