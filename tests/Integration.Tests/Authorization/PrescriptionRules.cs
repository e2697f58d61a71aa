using Google.Protobuf;
using Telehealth.Contracts.Prescription.V1;
using static Telehealth.Integration.Tests.Authorization.AccessCell;
using static Telehealth.Integration.Tests.Authorization.Requests;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>telehealth.prescription.v1.PrescriptionService: programmes and suggestions are clinical; the library is the therapists' tool.</summary>
internal static class PrescriptionRules
{
    private const string Service = "telehealth.prescription.v1.PrescriptionService/";

    public static IEnumerable<AccessRule> All { get; } =
    [
        // The library and templates are therapists' tools, not a patient's or an operator's (conservative: reading them is therapist-only too).
        new(Service + "SearchExercises", Therapists, _ => Ready(new SearchExercisesRequest { Text = "bridge" })),
        new(Service + "AddExercise", Therapists, _ => Ready(new AddExerciseRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Name = "Wall slide " + Guid.NewGuid().ToString("N")[..8],
            Category = ExerciseCategory.Posture,
            Purpose = "Practise an upright posture against a wall.",
            Instructions = "Stand with your back to a wall and slide slowly down and up again.",
        })),
        new(Service + "ListTemplates", Therapists, _ => Ready(new ListTemplatesRequest())),

        // Prescribing for a patient in another therapist's active care is acting on their caseload.
        new(Service + "PrescribeProgramme", TherapistOwn, c => Ready(new PrescribeProgrammeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PatientId = c.Target.Patient.Id.ToString(),
            TemplateId = c.Target.TemplateId,
            Reason = "Next phase after completing the first programme.",
        }), WriteOrder.AfterClosing),
        new(Service + "AdjustProgramme", TherapistOwn, AdjustAsync, WriteOrder.ProgrammeChanges),
        new(Service + "ChangeProgrammeStatus", TherapistOwn, async c =>
        {
            var current = await CurrentAsync(c);
            return new ChangeProgrammeStatusRequest
            {
                RequestId = Guid.NewGuid().ToString(),
                ProgrammeId = current.ProgrammeId,
                ExpectedVersion = current.Version,
                Status = ProgrammeStatus.Completed,
                Reason = "Goals met.",
            };
        }, WriteOrder.Closing),
        new(Service + "GetProgramme", Owners, c => Ready(new GetProgrammeRequest { ProgrammeId = c.Target.ProgrammeId })),
        new(Service + "GetActiveProgramme", Owners, c => Ready(new GetActiveProgrammeRequest { PatientId = c.Target.Patient.Id.ToString() })),
        new(Service + "GetProgrammeHistory", Owners, c => Ready(new GetProgrammeHistoryRequest { ProgrammeId = c.Target.ProgrammeId })),
        // "Own" is A's caseload, "other" B's.
        new(Service + "ListCaseload", TherapistOwn, c => Ready(new ListCaseloadRequest { TherapistId = c.Target.Therapist.Id.ToString() })),
        new(Service + "ListSuggestions", TherapistOwn, c => Ready(new ListSuggestionsRequest { PatientId = c.Target.Patient.Id.ToString() })),
        new(Service + "DecideSuggestion", TherapistOwn, c => Ready(new DecideSuggestionRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            SuggestionId = c.Target.SuggestionId,
            Decision = Decision.Reject,
            Reason = "Flare settled; keep the load and review at the appointment.",
        }), WriteOrder.ProgrammeChanges),
    ];

    /// <summary>
    /// The whole item list without the aerobic work, against the version current just before the call.
    /// Aerobic items are left out because their minutes cap cannot be sent back: the contract's
    /// ProgressionSettings has no max_minutes, so they would not round-trip.
    /// </summary>
    private static async Task<IMessage> AdjustAsync(RequestContext context)
    {
        var current = await CurrentAsync(context);
        var request = new AdjustProgrammeRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            ProgrammeId = current.ProgrammeId,
            ExpectedVersion = current.Version,
            Reason = "Walking paused while the flare settles.",
        };
        request.Items.AddRange(current.Items.Where(item => item.Category != ExerciseCategory.Aerobic).Select(item => new ProgrammeItemInput
        {
            ItemId = item.ItemId,
            ExerciseId = item.ExerciseId,
            Dosage = item.Dosage,
            Phase = item.Phase,
            Mode = item.Mode,
            Progression = item.Progression,
        }));
        return request;
    }

    /// <summary>The target's programme as its own therapist sees it now.</summary>
    private static Task<Programme> CurrentAsync(RequestContext context) =>
        context.System.Prescription.CallPolitelyAsync<GetProgrammeRequest, Programme>(
            "GetProgramme", new GetProgrammeRequest { ProgrammeId = context.Target.ProgrammeId }, context.Target.Therapist);
}
