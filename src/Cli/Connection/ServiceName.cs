namespace Telehealth.Cli.Connection;

/// <summary>The four services, by the names the AppHost and the environment variables use.</summary>
internal enum ServiceName
{
    Prescription,
    Scheduling,
    Progress,
    Notification,
}
