namespace Telehealth.Progress.Rules;

/// <summary>One invalid input, named by its path (e.g. <c>Exercises[0].Sets[1].Reps</c>) so the API can report the field at fault.</summary>
public sealed record FieldViolation(string Field, string Description);
