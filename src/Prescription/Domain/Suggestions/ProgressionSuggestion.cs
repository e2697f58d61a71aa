namespace Telehealth.Prescription.Domain;

/// <summary>
/// A progression or regression the progress rules proposed for one programme item, awaiting the
/// therapist's decision. Approving or editing it adjusts the programme with the suggestion's
/// explanation as the reason; a progression within the item's cap may be applied automatically.
/// </summary>
public sealed class ProgressionSuggestion
{
    /// <summary>The UUID namespace of suggestion ids, which derive from the source event so a redelivered event maps to the same suggestion.</summary>
    public const string IdNamespace = "c6d7f3b2-8e44-4f0a-b1c5-2a9e7d4f6a30";

    public const int MaxExplanationLength = 2000;
    public const int MaxNoteLength = 1000;

    /// <summary>For materialisation only.</summary>
    private ProgressionSuggestion()
    {
    }

    private ProgressionSuggestion(
        Guid sourceEventId,
        Guid programmeId,
        Guid itemId,
        SuggestionKind kind,
        Dosage proposedDosage,
        string explanation,
        int basedOnVersion,
        DateTimeOffset receivedAt)
    {
        Id = IdFor(sourceEventId);
        SourceEventId = sourceEventId;
        ProgrammeId = programmeId;
        ItemId = itemId;
        Kind = kind;
        ProposedDosage = proposedDosage with { };
        Explanation = explanation.Trim();
        BasedOnVersion = basedOnVersion;
        ReceivedAt = receivedAt;
        Status = SuggestionStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid ItemId { get; private set; }

    public SuggestionKind Kind { get; private set; }

    /// <summary>The item's whole dosage with the suggested change applied.</summary>
    public Dosage ProposedDosage { get; private set; } = null!;

    /// <summary>Why, in words the therapist and patient can read; it becomes the reason of the version that applies it.</summary>
    public string Explanation { get; private set; } = string.Empty;

    /// <summary>The id of the integration event that carried the suggestion.</summary>
    public Guid SourceEventId { get; private set; }

    /// <summary>The programme version the progress rules looked at.</summary>
    public int BasedOnVersion { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public SuggestionStatus Status { get; private set; }

    public Actor? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionReason { get; private set; }

    /// <summary>The dosage that went into the programme: the proposed one, or the therapist's edit.</summary>
    public Dosage? AppliedDosage { get; private set; }

    public int? AppliedInVersion { get; private set; }

    /// <summary>Why the suggestion was not applied automatically, for the therapist deciding it.</summary>
    public string? AutomationNote { get; private set; }

    public bool IsPending => Status == SuggestionStatus.Pending;

    public bool WasAppliedAutomatically => DecidedBy?.Role == ActorRole.System;

    public static Guid IdFor(Guid sourceEventId) => DeterministicGuid.Create(Guid.Parse(IdNamespace), $"suggestion/{sourceEventId}");

    /// <summary>
    /// Records a suggestion from the progress service. The proposal is checked against the item's
    /// category now, so an unusable proposal never reaches the therapist's queue.
    /// </summary>
    public static ProgressionSuggestion Receive(
        Guid sourceEventId,
        Programme programme,
        Guid itemId,
        SuggestionKind kind,
        Dosage proposedDosage,
        string explanation,
        int basedOnVersion,
        DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (programme.Status == ProgrammeStatus.Completed)
        {
            throw new ProgrammeStateException(programme.Id, programme.Status, $"Programme {programme.Id} is completed; suggestions for it are not recorded.");
        }

        var violations = new ViolationList();
        if (sourceEventId == Guid.Empty)
        {
            violations.Add("source_event_id", "is required");
        }

        if (!Enum.IsDefined(kind))
        {
            violations.Add("kind", $"unknown kind {(int)kind}");
        }

        if (string.IsNullOrWhiteSpace(explanation))
        {
            violations.Add("explanation", "is required: it becomes the reason of the programme change");
        }
        else if (explanation.Length > MaxExplanationLength)
        {
            violations.Add("explanation", $"must be at most {MaxExplanationLength} characters");
        }

        var basedOn = programme.FindVersion(basedOnVersion);
        if (basedOn is null)
        {
            violations.Add("based_on_version", $"programme {programme.Id} has no version {basedOnVersion} (current is {programme.CurrentVersion})");
        }
        else if (basedOn.FindItem(itemId) is not { } item)
        {
            violations.Add("item_id", $"is not an item of version {basedOnVersion}");
        }
        else
        {
            DosageValidator.Validate(item.Category, proposedDosage, "proposed_dosage", violations);
        }

        violations.ThrowIfAny();
        return new ProgressionSuggestion(sourceEventId, programme.Id, itemId, kind, proposedDosage, explanation, basedOnVersion, receivedAt);
    }

    /// <summary>
    /// Applies the suggestion as the system when <see cref="AutoProgressionPolicy"/> allows it;
    /// otherwise it stays pending with <see cref="AutomationNote"/> saying why.
    /// </summary>
    /// <returns>The new programme version, or null when the suggestion waits for the therapist.</returns>
    public ProgrammeVersion? TryApplyAutomatically(Programme programme, DateTimeOffset at)
    {
        EnsureDecidable(programme);

        var decision = AutoProgressionPolicy.Evaluate(programme, ItemId, Kind, ProposedDosage, BasedOnVersion);
        if (!decision.Allowed)
        {
            AutomationNote = decision.Explanation;
            return null;
        }

        var version = programme.ApplySuggestion(
            Id, ItemId, ProposedDosage, Actor.System, at, $"Automatic progression within the therapist's cap: {Explanation}");
        Decide(SuggestionStatus.Approved, Actor.System, at, decision.Explanation, ProposedDosage, version.Number);
        return version;
    }

    /// <summary>Applies the proposed dosage; the new version's reason is the suggestion's explanation.</summary>
    public ProgrammeVersion Approve(Programme programme, Actor therapist, DateTimeOffset at)
    {
        EnsureDecidable(programme);
        EnsureTherapist(therapist);
        EnsureNotStale(programme);

        var version = programme.ApplySuggestion(Id, ItemId, ProposedDosage, therapist, at, $"{KindText} suggestion approved: {Explanation}");
        Decide(SuggestionStatus.Approved, therapist, at, "Approved as suggested.", ProposedDosage, version.Number);
        return version;
    }

    /// <summary>Approves with a dosage the therapist changed; the reason keeps the suggestion's explanation and adds the therapist's note.</summary>
    public ProgrammeVersion Edit(Programme programme, Dosage dosage, Actor therapist, DateTimeOffset at, string? note = null)
    {
        EnsureDecidable(programme);
        EnsureTherapist(therapist);
        ArgumentNullException.ThrowIfNull(dosage);
        if (note?.Length > MaxNoteLength)
        {
            throw new DomainValidationException("note", $"must be at most {MaxNoteLength} characters");
        }

        EnsureNotStale(programme);

        var unchanged = dosage == ProposedDosage;
        var why = string.IsNullOrWhiteSpace(note) ? (unchanged ? "Approved as suggested." : "Approved with the therapist's changes.") : note.Trim();
        var reason = unchanged
            ? $"{KindText} suggestion approved: {Explanation}"
            : $"{KindText} suggestion approved with changes — {Explanation} — therapist's note: {why}";

        var version = programme.ApplySuggestion(Id, ItemId, dosage, therapist, at, reason);
        Decide(unchanged ? SuggestionStatus.Approved : SuggestionStatus.Edited, therapist, at, why, dosage, version.Number);
        return version;
    }

    /// <summary>
    /// Takes back a change applied automatically: the item returns to the dose it had in the
    /// version the suggestion was based on, as a new version. Refused once anything else changed
    /// the item since, because going back would then also undo that.
    /// </summary>
    public ProgrammeVersion Undo(Programme programme, Actor therapist, DateTimeOffset at, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        EnsureTherapist(therapist);
        if (Status != SuggestionStatus.Approved || !WasAppliedAutomatically || AppliedInVersion is not { } applied)
        {
            throw new SuggestionStateException(
                Id, Status, $"Suggestion {Id} was not applied automatically; only an automatic change can be undone. Adjust the programme instead.");
        }
        if (note?.Length > MaxNoteLength)
        {
            throw new DomainValidationException("note", $"must be at most {MaxNoteLength} characters");
        }
        if (programme.DosageChangedSince(ItemId, applied) is { } changedIn)
        {
            var removed = programme.Current.FindItem(ItemId) is null;
            throw new StaleSuggestionException(Id, applied, changedIn, programme.CurrentVersion, removed);
        }

        var before = programme.GetVersion(BasedOnVersion).FindItem(ItemId)!.Dosage;
        var why = string.IsNullOrWhiteSpace(note) ? "Undone by the therapist." : note.Trim();
        var version = programme.ApplySuggestion(Id, ItemId, before, therapist, at, $"Automatic progression undone: {why}");
        Decide(SuggestionStatus.Undone, therapist, at, why, before, version.Number);
        return version;
    }

    /// <summary>The exercise and its dose before and after, as a therapist reads it: "Bird dog: 3 × 8 reps, hold 10 s → 3 × 8 reps, hold 15 s".</summary>
    public string DescribeChange(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var item = programme.GetVersion(BasedOnVersion).FindItem(ItemId)!;
        return $"{item.ExerciseName}: {DosageText.Describe(item.Dosage)} → {DosageText.Describe(Status == SuggestionStatus.Undone ? ProposedDosage : AppliedDosage ?? ProposedDosage)}";
    }

    public void Reject(Actor therapist, DateTimeOffset at, string reason)
    {
        EnsurePending();
        EnsureTherapist(therapist);

        var violations = new ViolationList();
        ChangeRecord.Validate(therapist, reason, violations);
        violations.ThrowIfAny();

        Decide(SuggestionStatus.Rejected, therapist, at, reason.Trim(), appliedDosage: null, appliedInVersion: null);
    }

    private string KindText => Kind == SuggestionKind.Progression ? "Progression" : "Regression";

    private void EnsureDecidable(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        EnsurePending();
        if (programme.Id != ProgrammeId)
        {
            throw new DomainValidationException("programme_id", $"suggestion {Id} belongs to programme {ProgrammeId}, not {programme.Id}");
        }
    }

    private void EnsurePending()
    {
        if (!IsPending)
        {
            throw new SuggestionStateException(
                Id, Status, $"Suggestion {Id} was already {EnumText.Of(Status)} by {DecidedBy} at {DecidedAt:O}; it cannot be decided again.");
        }
    }

    private static void EnsureTherapist(Actor actor)
    {
        if (actor is null || actor.Role != ActorRole.Therapist || string.IsNullOrWhiteSpace(actor.Id))
        {
            throw new DomainValidationException("actor.role", "only a therapist decides a suggestion");
        }
    }

    /// <summary>An older suggestion is still good if the item's dosage has not changed since it was made.</summary>
    private void EnsureNotStale(Programme programme)
    {
        if (programme.DosageChangedSince(ItemId, BasedOnVersion) is { } changedIn)
        {
            var removed = programme.Current.FindItem(ItemId) is null;
            throw new StaleSuggestionException(Id, BasedOnVersion, changedIn, programme.CurrentVersion, removed);
        }
    }

    private void Decide(SuggestionStatus status, Actor by, DateTimeOffset at, string reason, Dosage? appliedDosage, int? appliedInVersion)
    {
        Status = status;
        DecidedBy = by with { };
        DecidedAt = at;
        DecisionReason = reason;
        AppliedDosage = appliedDosage is null ? null : appliedDosage with { };
        AppliedInVersion = appliedInVersion;
    }
}
