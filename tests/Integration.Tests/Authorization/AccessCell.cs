namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// Who calls about whose records: the cells of the authorization matrix. The world has therapist A
/// with patient P and therapist B with patient Q; "own" is P's records, "other" is Q's.
/// </summary>
[Flags]
public enum AccessCell
{
    None = 0,

    /// <summary>Patient P about P.</summary>
    PatientOwn = 1,

    /// <summary>Patient P about Q.</summary>
    PatientOther = 2,

    /// <summary>Therapist A about P, in A's caseload.</summary>
    TherapistOwn = 4,

    /// <summary>Therapist A about Q, in B's caseload.</summary>
    TherapistOther = 8,

    /// <summary>An operator about P.</summary>
    Operator = 16,

    /// <summary>A service identity about P. No service calls another's API for a patient's records, so nothing is allowed it.</summary>
    Service = 32,

    /// <summary>The patient and the patient's own therapist.</summary>
    Owners = PatientOwn | TherapistOwn,

    /// <summary>Any therapist, for requests that name no patient (the caller's own caseload or library).</summary>
    Therapists = TherapistOwn | TherapistOther,

    /// <summary>Any patient or therapist, for requests that name no patient (the caller's own inbox).</summary>
    PatientsAndTherapists = PatientOwn | PatientOther | TherapistOwn | TherapistOther,
}
