namespace Telehealth.ServiceDefaults.Tests.Probe;

/// <summary>An event that comes in bursts, taken in batches.</summary>
public sealed record NoteFiled(Guid NoteId);
