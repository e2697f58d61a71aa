namespace Telehealth.Progress.Rules;

/// <summary>
/// One set as the patient reported it. Only the fields the exercise uses are filled; a null
/// load on a loaded exercise means the set was done at the prescribed load.
/// </summary>
public sealed record SetResult(int? Reps = null, decimal? LoadKg = null, int? HoldSeconds = null, int? Minutes = null);
