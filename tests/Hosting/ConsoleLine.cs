namespace Telehealth.Testing.Hosting;

/// <summary>One line a resource wrote to its console; sequences increase per resource.</summary>
public sealed record ConsoleLine(long Sequence, DateTimeOffset At, string Text, bool IsError);
