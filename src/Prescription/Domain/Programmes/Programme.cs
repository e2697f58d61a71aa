namespace Telehealth.Prescription.Domain;

/// <summary>
/// A patient's home exercise programme. It is never edited in place: every change appends an
/// immutable <see cref="ProgrammeVersion"/> recording who, when and why, and a change must name
/// the version it was based on, so two therapists cannot overwrite each other unknowingly.
/// </summary>
public sealed class Programme
{
    public const int MinReviewIntervalDays = 1;
    public const int MaxReviewIntervalDays = 90;

    private readonly List<ProgrammeVersion> _versions = [];

    /// <summary>For materialisation only.</summary>
    private Programme()
    {
    }

    private Programme(Guid id, Guid patientId, Guid therapistId)
    {
        Id = id;
        PatientId = patientId;
        TherapistId = therapistId;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    /// <summary>The therapist whose caseload the programme is in.</summary>
    public Guid TherapistId { get; private set; }

    public ProgrammeStatus Status { get; private set; }

    public int CurrentVersion { get; private set; }

    /// <summary>Every version, oldest first.</summary>
    public IReadOnlyList<ProgrammeVersion> Versions => _versions;

    public ProgrammeVersion Current => GetVersion(CurrentVersion);

    /// <summary>What the patient's app shows: the current version while the programme is active, nothing while paused or completed.</summary>
    public ProgrammeVersion? ActiveVersion => Status == ProgrammeStatus.Active ? Current : null;

    /// <summary>
    /// When the therapist should next review the programme: the review interval after the last
    /// time a therapist prescribed, adjusted or resumed it. Null unless active.
    /// </summary>
    public DateTimeOffset? NextReviewDue
    {
        get
        {
            if (Status != ProgrammeStatus.Active)
            {
                return null;
            }

            var lastReviewed = _versions
                .Where(v => v.CreatedBy.Role == ActorRole.Therapist)
                .Where(v => v.Change is ProgrammeChangeKind.Prescribed or ProgrammeChangeKind.Adjusted or ProgrammeChangeKind.Resumed)
                .MaxBy(v => v.Number);
            return lastReviewed?.CreatedAt.AddDays(Current.ReviewIntervalDays);
        }
    }

    /// <summary>Creates the programme at version 1.</summary>
    /// <param name="programmeId">Lets the caller choose the id so a retried request creates nothing new; a new id when null.</param>
    public static Programme Prescribe(
        Guid patientId,
        Guid therapistId,
        IReadOnlyList<ProgrammeItemSpec> items,
        int reviewIntervalDays,
        Actor actor,
        DateTimeOffset at,
        string reason,
        Guid? programmeId = null)
    {
        var violations = new ViolationList();
        if (programmeId == Guid.Empty)
        {
            violations.Add("programme_id", "must not be empty; leave it unset for a new id");
        }

        if (patientId == Guid.Empty)
        {
            violations.Add("patient_id", "is required");
        }

        if (therapistId == Guid.Empty)
        {
            violations.Add("therapist_id", "is required");
        }

        ProgrammeItemsValidator.Validate(items, current: null, violations);
        ValidateReviewInterval(reviewIntervalDays, violations);
        ValidateChange(actor, reason, violations, systemAllowed: false);
        violations.ThrowIfAny();

        var programme = new Programme(programmeId ?? Guid.NewGuid(), patientId, therapistId);
        var version = new ProgrammeVersion(
            1, ProgrammeChangeKind.Prescribed, ProgrammeStatus.Active, reviewIntervalDays,
            BuildItems(items, previous: null, actor, 1, at), actor, at, reason);
        programme.Append(version);
        return programme;
    }

    /// <summary>
    /// Replaces the item list. Items that keep their <see cref="ProgrammeItemSpec.ItemId"/> stay the
    /// same item; items left out are removed; items without an id are new.
    /// </summary>
    /// <param name="reviewIntervalDays">Null keeps the current review interval.</param>
    public ProgrammeVersion Adjust(
        int expectedVersion,
        IReadOnlyList<ProgrammeItemSpec> items,
        Actor actor,
        DateTimeOffset at,
        string reason,
        int? reviewIntervalDays = null) =>
        AppendAdjustment(
            expectedVersion, _ => (items, reviewIntervalDays ?? Current.ReviewIntervalDays), actor, at, reason, suggestionId: null, systemAllowed: false);

    /// <summary>
    /// Applies a change set to the current items. Faults in the resulting items are reported as
    /// <c>items[i]</c> of the new version.
    /// </summary>
    public ProgrammeVersion Adjust(int expectedVersion, ProgrammeChangeSet changes, Actor actor, DateTimeOffset at, string reason)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return AppendAdjustment(expectedVersion, violations => changes.ApplyTo(Current, violations), actor, at, reason, suggestionId: null, systemAllowed: false);
    }

    /// <summary>A paused programme stays adjustable and can be resumed.</summary>
    public ProgrammeVersion Pause(int expectedVersion, Actor actor, DateTimeOffset at, string reason) =>
        ChangeStatus(expectedVersion, ProgrammeChangeKind.Paused, ProgrammeStatus.Paused, actor, at, reason, systemAllowed: false, ProgrammeStatus.Active, ProgrammeStatus.Held);

    public ProgrammeVersion Resume(int expectedVersion, Actor actor, DateTimeOffset at, string reason) =>
        ChangeStatus(expectedVersion, ProgrammeChangeKind.Resumed, ProgrammeStatus.Active, actor, at, reason, systemAllowed: false, ProgrammeStatus.Paused, ProgrammeStatus.Held);

    /// <summary>Final: a completed programme accepts no further change.</summary>
    public ProgrammeVersion Complete(int expectedVersion, Actor actor, DateTimeOffset at, string reason) =>
        ChangeStatus(expectedVersion, ProgrammeChangeKind.Completed, ProgrammeStatus.Completed, actor, at, reason, systemAllowed: false, ProgrammeStatus.Active, ProgrammeStatus.Paused, ProgrammeStatus.Held);

    /// <summary>
    /// A red flag holds the programme at once, whoever notices it: the one change the system makes
    /// by itself to a status. Null when it is completed or already held.
    /// </summary>
    public ProgrammeVersion? Hold(Actor actor, DateTimeOffset at, string reason) =>
        Status is ProgrammeStatus.Active or ProgrammeStatus.Paused
            ? ChangeStatus(CurrentVersion, ProgrammeChangeKind.Held, ProgrammeStatus.Held, actor, at, reason, systemAllowed: true, ProgrammeStatus.Active, ProgrammeStatus.Paused)
            : null;

    public ProgrammeVersion? FindVersion(int number) => _versions.FirstOrDefault(v => v.Number == number);

    public ProgrammeVersion GetVersion(int number) =>
        FindVersion(number) ?? throw new DomainValidationException("version", $"programme {Id} has no version {number} (current is {CurrentVersion})");

    /// <summary>
    /// The first version after <paramref name="sinceVersion"/> in which the item's dosage differs
    /// from what it was at <paramref name="sinceVersion"/>, or in which the item is gone; null when
    /// the dosage is unchanged since.
    /// </summary>
    public int? DosageChangedSince(Guid itemId, int sinceVersion)
    {
        var baseline = GetVersion(sinceVersion).FindItem(itemId)?.Dosage;
        return _versions
            .Where(v => v.Number > sinceVersion)
            .OrderBy(v => v.Number)
            .FirstOrDefault(v => baseline is null || v.FindItem(itemId)?.Dosage != baseline)
            ?.Number;
    }

    /// <summary>What changed from one version to a later one, with the reasons of every version in between.</summary>
    public VersionDiff Diff(int fromVersion, int toVersion)
    {
        var from = GetVersion(fromVersion);
        var to = GetVersion(toVersion);
        if (toVersion <= fromVersion)
        {
            throw new DomainValidationException("to_version", $"must be after from_version ({fromVersion})");
        }

        var steps = _versions.Where(v => v.Number > fromVersion && v.Number <= toVersion).OrderBy(v => v.Number);
        return VersionDiff.Between(from, to) with { Steps = steps.Select(VersionStep.Of).ToList() };
    }

    /// <summary>The programme's history: for each version, what it changed from the one before.</summary>
    public IReadOnlyList<VersionDiff> History()
    {
        var ordered = _versions.OrderBy(v => v.Number).ToList();
        return ordered
            .Select((version, i) => i == 0 ? VersionDiff.Initial(version) : VersionDiff.Between(ordered[i - 1], version))
            .ToList();
    }

    /// <summary>
    /// Applies an approved (or automatically applied) suggestion. It goes through the same checks as
    /// any adjustment, but against the current version: the suggestion has already been checked
    /// for staleness.
    /// </summary>
    internal ProgrammeVersion ApplySuggestion(Guid suggestionId, Guid itemId, Dosage dosage, Actor actor, DateTimeOffset at, string reason) =>
        AppendAdjustment(
            CurrentVersion,
            violations => ProgrammeChangeSet.ChangeDosage(itemId, dosage).ApplyTo(Current, violations),
            actor, at, reason, suggestionId, systemAllowed: true);

    private ProgrammeVersion AppendAdjustment(
        int expectedVersion,
        Func<ViolationList, (IReadOnlyList<ProgrammeItemSpec> Items, int ReviewIntervalDays)> target,
        Actor actor,
        DateTimeOffset at,
        string reason,
        Guid? suggestionId,
        bool systemAllowed)
    {
        if (Status == ProgrammeStatus.Completed)
        {
            throw new ProgrammeStateException(Id, Status, $"Programme {Id} is completed and can no longer be adjusted; prescribe a new programme instead.");
        }

        EnsureExpectedVersion(expectedVersion);

        var violations = new ViolationList();
        ValidateChange(actor, reason, violations, systemAllowed);
        var (specs, reviewIntervalDays) = target(violations);
        ProgrammeItemsValidator.Validate(specs, Current, violations);
        ValidateReviewInterval(reviewIntervalDays, violations);
        violations.ThrowIfAny();

        var number = CurrentVersion + 1;
        var items = BuildItems(specs, Current, actor, number, at);
        if (Current.HasSamePrescription(items, reviewIntervalDays))
        {
            throw new DomainValidationException("items", $"the adjustment changes nothing in version {CurrentVersion}");
        }

        // The therapist adjusting a held programme is their decision after the red flag: it goes on.
        var status = Status == ProgrammeStatus.Held && actor.Role != ActorRole.System ? ProgrammeStatus.Active : Status;
        return Append(new ProgrammeVersion(number, ProgrammeChangeKind.Adjusted, status, reviewIntervalDays, items, actor, at, reason, suggestionId));
    }

    private ProgrammeVersion ChangeStatus(
        int expectedVersion,
        ProgrammeChangeKind change,
        ProgrammeStatus target,
        Actor actor,
        DateTimeOffset at,
        string reason,
        bool systemAllowed,
        params ProgrammeStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw new ProgrammeStateException(
                Id, Status, $"Programme {Id} is {EnumText.Of(Status)}; it cannot be {EnumText.Of(change)}.");
        }

        EnsureExpectedVersion(expectedVersion);

        var violations = new ViolationList();
        ValidateChange(actor, reason, violations, systemAllowed);
        violations.ThrowIfAny();

        var current = Current;
        return Append(new ProgrammeVersion(
            CurrentVersion + 1, change, target, current.ReviewIntervalDays,
            current.Items.Select(i => i.CarryForward()), actor, at, reason));
    }

    private void EnsureExpectedVersion(int expectedVersion)
    {
        if (expectedVersion != CurrentVersion)
        {
            throw new ConcurrencyConflictException(Id, expectedVersion, CurrentVersion);
        }
    }

    private ProgrammeVersion Append(ProgrammeVersion version)
    {
        _versions.Add(version);
        CurrentVersion = version.Number;
        Status = version.Status;
        return version;
    }

    private static List<ProgrammeItem> BuildItems(
        IReadOnlyList<ProgrammeItemSpec> specs,
        ProgrammeVersion? previous,
        Actor actor,
        int versionNumber,
        DateTimeOffset at) =>
        specs
            .Select((spec, order) =>
            {
                var itemId = spec.ItemId ?? Guid.NewGuid();
                var loadLowered = ManualLoadDecrease.Track(previous?.FindItem(itemId), spec.Dosage, actor, versionNumber, at);
                return ProgrammeItem.Create(itemId, spec, order, loadLowered);
            })
            .ToList();

    private static void ValidateReviewInterval(int days, ViolationList violations)
    {
        if (days < MinReviewIntervalDays || days > MaxReviewIntervalDays)
        {
            violations.Add("review_interval_days", $"must be between {MinReviewIntervalDays} and {MaxReviewIntervalDays} days, got {days}");
        }
    }

    /// <summary>Only therapists change programmes; the system may only apply a progression the therapist capped in advance.</summary>
    private static void ValidateChange(Actor actor, string reason, ViolationList violations, bool systemAllowed)
    {
        ChangeRecord.Validate(actor, reason, violations);
        if (actor is { Role: ActorRole.System } && !systemAllowed)
        {
            violations.Add("actor.role", "only a therapist can make this change");
        }
    }
}
