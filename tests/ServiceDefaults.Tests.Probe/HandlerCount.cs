namespace Telehealth.ServiceDefaults.Tests.Probe;

/// <summary>How often the consumer's handler ran in this process, inbox skips not counted.</summary>
public sealed class HandlerCount
{
    public int Value;
}
