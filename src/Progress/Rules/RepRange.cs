namespace Telehealth.Progress.Rules;

/// <summary>The target repetitions per set; reaching <see cref="Max"/> is what earns the next step.</summary>
public sealed record RepRange(int Min, int Max)
{
    public override string ToString() => Min == Max ? $"{Max}" : $"{Min}–{Max}";
}
