namespace Telehealth.Prescription.Domain;

/// <summary>The suggestion has already been decided; a decision is never taken twice.</summary>
public sealed class SuggestionStateException : DomainException
{
    public SuggestionStateException(Guid suggestionId, SuggestionStatus status, string message)
        : base(message, [new FieldViolation("status", $"the suggestion is {EnumText.Of(status)}")])
    {
        SuggestionId = suggestionId;
        Status = status;
    }

    public Guid SuggestionId { get; }

    public SuggestionStatus Status { get; }
}
