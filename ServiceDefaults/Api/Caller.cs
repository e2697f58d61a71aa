namespace Telehealth.ServiceDefaults.Api;

/// <summary>Who is calling: the subject of their token (a UUID) and their role.</summary>
public sealed record Caller(Guid Id, CallerRole Role)
{
    /// <summary>How the caller is written in records of who changed what, e.g. "therapist:t-17".</summary>
    public override string ToString() => $"{Role.ToString().ToLowerInvariant()}:{Id}";
}
