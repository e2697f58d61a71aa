namespace Telehealth.Progress.Rules;

/// <summary>
/// Upper bounds a therapist sets on automatic suggestions for one exercise. A null bound means
/// "no cap". Suggestions that would pass a bound are clipped to it, or not made at all when
/// the exercise is already there.
/// </summary>
public sealed record AutoProgressionCap(decimal? MaxLoadKg = null, int? MaxHoldSeconds = null, int? MaxMinutes = null);
