using Grpc.Core;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Benchmarks.Load;

/// <summary>Someone calling: a patient or a therapist, with the bearer token every call carries (minted once).</summary>
public sealed class Caller(Guid id, CallerRole role, DevelopmentIdentity identity)
{
    public Guid Id { get; } = id;

    public string IdText { get; } = id.ToString();

    public CallerRole Role { get; } = role;

    public Metadata Headers { get; } = new() { { "authorization", "Bearer " + identity.Issue(role, id, TimeSpan.FromHours(4)) } };

    /// <summary>The caller's token and a deadline <paramref name="timeout"/> from now: no call goes without one.</summary>
    public CallOptions Options(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        new(Headers, DateTime.UtcNow + timeout, cancellationToken);
}
