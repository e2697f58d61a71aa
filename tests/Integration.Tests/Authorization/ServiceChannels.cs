using Grpc.Net.Client;
using Grpc.Core;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>The channel to each service process: the audit trail is a second API on the same channel.</summary>
internal static class ServiceChannels
{
    public static GrpcChannel For(ClinicalSystem system, ServiceHost host) => (host switch
    {
        ServiceHost.Prescription => system.Prescription,
        ServiceHost.Progress => system.Progress,
        ServiceHost.Scheduling => system.Scheduling,
        _ => system.Notification,
    }).Channel;
}
