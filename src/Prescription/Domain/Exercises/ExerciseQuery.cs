namespace Telehealth.Prescription.Domain;

/// <summary>
/// What a therapist searches the library for. Every part is optional; an empty query lists
/// everything visible.
/// </summary>
/// <param name="Text">Words that must all appear in the name, purpose, instructions, equipment or category.</param>
/// <param name="VisibleTo">When set, only built-in exercises and this therapist's own.</param>
public sealed record ExerciseQuery(string? Text = null, ExerciseCategory? Category = null, Guid? VisibleTo = null);
