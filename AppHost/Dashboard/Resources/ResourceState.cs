namespace Telehealth.AppHost.Dashboard.Resources;

public enum ResourceState
{
    NotStarted,
    Starting,
    Running,
    Unhealthy,
    Restarting,
    Stopping,
    Stopped,
    Exited,
    FailedToStart,
}
