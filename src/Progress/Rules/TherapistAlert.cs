namespace Telehealth.Progress.Rules;

/// <summary>Something the therapist must look at; never acted on automatically.</summary>
public sealed record TherapistAlert(
    AlertKind Kind,
    AlertUrgency Urgency,
    AlertRouting Routing,
    string Explanation,
    Guid? ProgrammeItemId = null) : RuleOutcome(Explanation);
