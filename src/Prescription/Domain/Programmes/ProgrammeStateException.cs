namespace Telehealth.Prescription.Domain;

/// <summary>The programme's status does not allow the operation (e.g. adjusting a completed programme).</summary>
public sealed class ProgrammeStateException : DomainException
{
    public ProgrammeStateException(Guid programmeId, ProgrammeStatus status, string message)
        : base(message, [new FieldViolation("status", $"the programme is {EnumText.Of(status)}")])
    {
        ProgrammeId = programmeId;
        Status = status;
    }

    public Guid ProgrammeId { get; }

    public ProgrammeStatus Status { get; }
}
