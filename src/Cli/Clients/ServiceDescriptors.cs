using Google.Protobuf.Reflection;
using Telehealth.Cli.Connection;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Cli.Clients;

internal static class ServiceDescriptors
{
    /// <summary>The gRPC service each process serves, e.g. telehealth.prescription.v1.PrescriptionService.</summary>
    public static ServiceDescriptor Of(ServiceName service) => service switch
    {
        ServiceName.Prescription => PrescriptionReflection.Descriptor.Services[0],
        ServiceName.Scheduling => SchedulingReflection.Descriptor.Services[0],
        ServiceName.Progress => ProgressReflection.Descriptor.Services[0],
        ServiceName.Notification => NotificationReflection.Descriptor.Services[0],
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };
}
