namespace Telehealth.Progress.Rules;

/// <summary>The patient's answer to one red-flag question.</summary>
public sealed record RedFlagAnswer(RedFlag Flag, bool Present);
