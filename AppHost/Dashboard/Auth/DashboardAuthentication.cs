namespace Telehealth.AppHost.Dashboard.Auth;

internal static class DashboardAuthentication
{
    public const string Scheme = "Dashboard";

    /// <summary>Paths under here answer 401 instead of redirecting to the login page.</summary>
    public const string ApiPrefix = "/api";
}
