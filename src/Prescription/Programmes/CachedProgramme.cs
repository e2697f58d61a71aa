using Proto = Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Prescription.Programmes;

/// <summary>A patient's active programme as answered, with the therapist who may also read it.</summary>
public sealed record CachedProgramme(Proto.Programme Answer, Guid TherapistId);
