using Telehealth.Contracts.Scheduling.V1;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>The earliest half hour free for a therapist and their patient, as the therapist finds it.</summary>
internal static class FreeSlots
{
    public static FindFreeSlotsRequest Query(TestCaller therapist, TestCaller patient) => new()
    {
        TherapistId = therapist.Id.ToString(),
        PatientId = patient.Id.ToString(),
        DurationMinutes = 30,
    };

    public static async Task<TimeSlot> EarliestAsync(ClinicalSystem system, TestCaller therapist, TestCaller patient)
    {
        var found = await system.Scheduling.CallPolitelyAsync<FindFreeSlotsRequest, FindFreeSlotsResponse>("FindFreeSlots", Query(therapist, patient), therapist);
        return found.Slots.FirstOrDefault() ?? throw new InvalidOperationException("The therapist has no free half hour in the search horizon.");
    }
}
