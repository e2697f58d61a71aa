namespace Telehealth.Scheduling.Planning;

/// <summary>Why an appointment cannot go where it was asked for, in words for the person booking.</summary>
public sealed record Conflict(ConflictKind Kind, string Explanation);
