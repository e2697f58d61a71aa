namespace Telehealth.ServiceDefaults.Api;

/// <summary>Who is calling: the subject of their token and their role.</summary>
public sealed record Caller(string Id, CallerRole Role)
{
    /// <summary>How the caller is written in records of who changed what, e.g. "therapist:t-17".</summary>
    public override string ToString() => $"{Role.ToString().ToLowerInvariant()}:{Id}";
}
