namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// Marks a call judged urgent at the door (<see cref="UrgentCallTriage"/>): it takes its turn
/// among the urgent calls, not behind the routine ones.
/// </summary>
public sealed class UrgentCall
{
    public static UrgentCall Instance { get; } = new();

    private UrgentCall()
    {
    }
}
