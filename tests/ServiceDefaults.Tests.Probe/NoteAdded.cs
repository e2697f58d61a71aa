namespace Telehealth.ServiceDefaults.Tests.Probe;

public sealed record NoteAdded(Guid NoteId, string Text);
