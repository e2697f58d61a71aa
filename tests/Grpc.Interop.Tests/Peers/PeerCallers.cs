using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Grpc.Interop.Tests.Peers;

/// <summary>
/// Who a peer run calls as: a therapist and a patient of its own (so runs never share records),
/// plus tokens the services must refuse. Handed to the peer in its environment.
/// </summary>
internal static class PeerCallers
{
    public static Dictionary<string, string> EnvironmentFor(DevelopmentIdentity trusted)
    {
        var therapist = Guid.NewGuid();
        var patient = Guid.NewGuid();
        using var stranger = DevelopmentIdentity.Create(trusted.Issuer, trusted.Audience);
        return new Dictionary<string, string>
        {
            ["TELEHEALTH_THERAPIST_ID"] = therapist.ToString(),
            ["TELEHEALTH_THERAPIST_TOKEN"] = trusted.Issue(CallerRole.Therapist, therapist),
            ["TELEHEALTH_PATIENT_ID"] = patient.ToString(),
            ["TELEHEALTH_PATIENT_TOKEN"] = trusted.Issue(CallerRole.Patient, patient),
            // Well formed, right issuer and audience, but signed by a key the services were never given.
            ["TELEHEALTH_FORGED_TOKEN"] = stranger.Issue(CallerRole.Therapist, therapist),
            // Signed by the trusted key, but it lapsed an hour ago.
            ["TELEHEALTH_EXPIRED_TOKEN"] = trusted.Issue(CallerRole.Therapist, therapist, TimeSpan.FromHours(1), DateTime.UtcNow.AddHours(-2)),
        };
    }
}
