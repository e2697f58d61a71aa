namespace Telehealth.ServiceDefaults.Tests.Probe;

/// <summary>The state change whose event must not be lost.</summary>
public sealed class Note
{
    public Guid Id { get; set; }

    public string Text { get; set; } = "";
}
