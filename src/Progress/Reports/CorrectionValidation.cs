using Telehealth.Progress.Grpc;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Progress.Reports;

/// <summary>The shape a correction must have before anything is looked up or written: that of a report, plus why.</summary>
internal static class CorrectionValidation
{
    public const int MaxReason = 2000;

    public static (Guid CorrectionId, Guid PatientId, Guid ReportId) Validate(Proto.CorrectSessionReportRequest request)
    {
        var errors = new FieldErrors();
        var correctionId = errors.Uuid("correction_id", request.CorrectionId);
        var patientId = errors.Uuid("patient_id", request.PatientId);
        var reportId = errors.Uuid("report_id", request.ReportId);
        errors.InRange("pain_before", request.PainBefore, 0, 10);
        errors.InRange("pain_after", request.PainAfter, 0, 10);
        errors.MaxLength("notes", request.Notes, RequestLimits.ReportNotes);
        SessionReportValidation.ValidateExercises(errors, request.Exercises);
        errors.Required("reason", request.Reason).MaxLength("reason", request.Reason, MaxReason);
        errors.ThrowIfAny();
        return (correctionId, patientId, reportId);
    }
}
