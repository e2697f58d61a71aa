namespace Telehealth.Scheduling.Planning;

public sealed record PlannedExercise(Guid ItemId, string ExerciseName);
