namespace Telehealth.ServiceDefaults.Tests.Probe;

/// <summary>What the consumer wrote for each NoteAdded it handled.</summary>
public sealed class ReceivedNote
{
    public Guid Id { get; set; }

    public Guid NoteId { get; set; }
}
