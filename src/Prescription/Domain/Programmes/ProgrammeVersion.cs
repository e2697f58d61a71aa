namespace Telehealth.Prescription.Domain;

/// <summary>
/// An immutable snapshot of a programme: what the patient is to do from <see cref="CreatedAt"/>,
/// and who changed it and why. A programme's history is its list of versions.
/// </summary>
public sealed class ProgrammeVersion
{
    private readonly List<ProgrammeItem> _items = [];

    /// <summary>For materialisation only.</summary>
    private ProgrammeVersion()
    {
    }

    internal ProgrammeVersion(
        int number,
        ProgrammeChangeKind change,
        ProgrammeStatus status,
        int reviewIntervalDays,
        IEnumerable<ProgrammeItem> items,
        Actor createdBy,
        DateTimeOffset createdAt,
        string reason,
        Guid? suggestionId = null)
    {
        Id = Guid.NewGuid();
        Number = number;
        Change = change;
        Status = status;
        ReviewIntervalDays = reviewIntervalDays;
        _items.AddRange(items);
        CreatedBy = createdBy with { };
        CreatedAt = createdAt;
        Reason = reason.Trim();
        SuggestionId = suggestionId;
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the prescription, then one more for every change.</summary>
    public int Number { get; private set; }

    public ProgrammeChangeKind Change { get; private set; }

    /// <summary>The programme's status from this version on.</summary>
    public ProgrammeStatus Status { get; private set; }

    public int ReviewIntervalDays { get; private set; }

    public IReadOnlyList<ProgrammeItem> Items => _items;

    public Actor CreatedBy { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    /// <summary>The progression suggestion this version applied, if any.</summary>
    public Guid? SuggestionId { get; private set; }

    public ProgrammeItem? FindItem(Guid itemId) => _items.FirstOrDefault(i => i.ItemId == itemId);

    internal bool HasSamePrescription(IReadOnlyList<ProgrammeItem> items, int reviewIntervalDays) =>
        reviewIntervalDays == ReviewIntervalDays
        && items.Count == _items.Count
        && items.All(i => FindItem(i.ItemId) is { } mine && mine.IsSamePrescriptionAs(i));
}
