using Google.Protobuf;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// What an allowed answer may name. The matrix's callers are P, A, the operator and the service, and
/// what they may reach is P's records or their own; an answer that names Q, B or any of their
/// records, or anyone but P and A in a patient_id, therapist_id or recipient_id, has let someone
/// else's records through. A read that asks for one of P's records must answer with it: an answer
/// that does not name it (or P, or A) is not the record asked for.
/// </summary>
internal static class AnswerScope
{
    private static readonly HashSet<string> PersonFields = ["patient_id", "therapist_id", "recipient_id"];

    private static readonly string[] ReadVerbs = ["Get", "List", "Find"];

    /// <summary>Reads whose answer names no record by design.</summary>
    private static readonly HashSet<string> AnswersWithoutIds =
    [
        // Free times in the therapist's week: slots, not records.
        "telehealth.scheduling.v1.SchedulingService/FindFreeSlots",
    ];

    public static string? Complaint(ServedRpc rpc, IMessage request, IMessage? response, AuthorizationWorld world, PatientCase target) =>
        Complaint(rpc, request, response, world.Own, world.Other, target);

    /// <param name="own">The case whose patient and therapist make the calls.</param>
    /// <param name="other">The case none of whose people or records an answer may name.</param>
    public static string? Complaint(ServedRpc rpc, IMessage request, IMessage? response, PatientCase own, PatientCase other, PatientCase target)
    {
        if (response is null)
        {
            return null;
        }
        var answered = MessageStrings.Of(response).ToList();
        var people = new[] { own.Patient.Id.ToString(), own.Therapist.Id.ToString() };
        var foreign = RecordIds(other).ToList();

        if (answered.FirstOrDefault(s => foreign.Any(id => s.Value.Contains(id, StringComparison.OrdinalIgnoreCase))) is { Field: not null } leaked)
        {
            return $"an answer naming another patient's or therapist's record in {leaked.Field.FullName}";
        }
        if (answered.FirstOrDefault(s => PersonFields.Contains(s.Field.Name) && s.Value.Length > 0 && !people.Contains(s.Value, StringComparer.OrdinalIgnoreCase)) is { Field: not null } stranger)
        {
            return $"an answer naming someone else in {stranger.Field.FullName}";
        }
        var asked = MessageStrings.Of(request).Select(s => s.Value).Intersect(RecordIds(target), StringComparer.OrdinalIgnoreCase).ToList();
        var isRead = ReadVerbs.Any(verb => rpc.Method.Name.StartsWith(verb, StringComparison.Ordinal)) && !AnswersWithoutIds.Contains(rpc.FullName);
        var named = RecordIds(target).Concat(people);
        if (isRead && asked.Count > 0 && !answered.Any(s => named.Any(id => s.Value.Contains(id, StringComparison.OrdinalIgnoreCase))))
        {
            return "an answer that does not name the record asked for";
        }
        return null;
    }

    /// <summary>The people and records of one case; templates are the library's, shared by every therapist.</summary>
    private static IEnumerable<string> RecordIds(PatientCase patientCase) =>
    [
        patientCase.Patient.Id.ToString(),
        patientCase.Therapist.Id.ToString(),
        patientCase.ProgrammeId,
        patientCase.ReportId,
        patientCase.SuggestionId,
        patientCase.AppointmentId,
        patientCase.PatientNotificationId,
        patientCase.TherapistNotificationId,
    ];
}
