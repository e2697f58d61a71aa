using Google.Protobuf.Reflection;
using Telehealth.Contracts.Audit.V1;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// Every RPC each service serves, read from the generated file descriptors, so an RPC added to a
/// .proto is in the matrix (and needs a rule) without anyone listing it here.
/// </summary>
public static class ServedRpcs
{
    /// <summary>Contracts every service serves for its own records, beside its own service.</summary>
    private static readonly FileDescriptor[] SharedByEveryService = [AuditReflection.Descriptor];

    private static readonly IReadOnlyDictionary<ServiceHost, FileDescriptor> OwnContract = new Dictionary<ServiceHost, FileDescriptor>
    {
        [ServiceHost.Prescription] = PrescriptionReflection.Descriptor,
        [ServiceHost.Progress] = ProgressReflection.Descriptor,
        [ServiceHost.Scheduling] = SchedulingReflection.Descriptor,
        [ServiceHost.Notification] = NotificationReflection.Descriptor,
    };

    public static IReadOnlyList<ServedRpc> All { get; } =
        OwnContract.SelectMany(contract => new[] { contract.Value }.Concat(SharedByEveryService)
                .SelectMany(file => file.Services)
                .SelectMany(service => service.Methods)
                .Select(method => new ServedRpc(contract.Key, method)))
            .ToList();
}
