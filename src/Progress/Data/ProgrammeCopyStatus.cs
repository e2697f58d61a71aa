namespace Telehealth.Progress.Data;

public static class ProgrammeCopyStatus
{
    public const string Active = "active";
    public const string Paused = "paused";
    public const string Completed = "completed";

    /// <summary>Held after a red flag until the therapist decides; no progression meanwhile.</summary>
    public const string Held = "held";
}
