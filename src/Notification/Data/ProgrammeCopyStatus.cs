namespace Telehealth.Notification.Data;

public static class ProgrammeCopyStatus
{
    public const string Active = "active";
    public const string Paused = "paused";
    public const string Held = "held";
    public const string Completed = "completed";
}
