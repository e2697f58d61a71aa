namespace Telehealth.Integration.Tests.Authorization;

/// <summary>The four service processes an RPC can be served by.</summary>
public enum ServiceHost
{
    Prescription,
    Progress,
    Scheduling,
    Notification,
}
