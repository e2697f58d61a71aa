namespace Telehealth.Progress.Rules;

/// <param name="Percent">0–100, one decimal place.</param>
public sealed record OswestryScore(int Sum, int AnsweredSections, decimal Percent);
