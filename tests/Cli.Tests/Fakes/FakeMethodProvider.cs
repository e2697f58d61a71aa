using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server.Model;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.Testing;

namespace Telehealth.Cli.Tests.Fakes;

/// <summary>
/// Binds every RPC of the four services to <see cref="FakeApi"/> from their descriptors, keyed
/// "Service/Method", so an RPC added to a .proto needs no change here: it answers UNIMPLEMENTED
/// until a test gives it an answer. grpc-dotnet asks this provider for the methods of FakeApi.
/// </summary>
internal sealed class FakeMethodProvider : IServiceMethodProvider<FakeApi>
{
    private static readonly ServiceDescriptor[] Services =
    [
        PrescriptionService.Descriptor,
        ProgressService.Descriptor,
        SchedulingService.Descriptor,
        NotificationService.Descriptor,
    ];

    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<FakeApi> context)
    {
        foreach (var method in Services.SelectMany(service => service.Methods))
        {
            var key = $"{method.Service.Name}/{method.Name}";
            var rpc = DescriptorMethods.Of(method);
            if (method.IsClientStreaming)
            {
                throw new NotSupportedException($"{method.FullName}: client streaming is not faked.");
            }
            if (method.IsServerStreaming)
            {
                context.AddServerStreamingMethod(rpc, [], (api, request, writer, call) => api.Backend.Stream(key, request, writer, call));
            }
            else
            {
                context.AddUnaryMethod(rpc, [], (api, request, call) => api.Backend.Unary<IMessage>(key, request, call));
            }
        }
    }
}
