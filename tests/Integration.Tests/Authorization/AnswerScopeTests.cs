using Telehealth.Contracts.Prescription.V1;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>The answer check of the matrix, on answers made up here: it finds another's record anywhere, and an answer about nothing asked.</summary>
public sealed class AnswerScopeTests
{
    private static readonly PatientCase Own = NewCase();
    private static readonly PatientCase Other = NewCase();

    private static readonly ServedRpc GetProgramme = Rpc("GetProgramme");
    private static readonly ServedRpc ListCaseload = Rpc("ListCaseload");

    [Fact]
    public void The_programme_asked_for_with_its_own_people_passes()
    {
        var answer = new Programme { ProgrammeId = Own.ProgrammeId, PatientId = Own.Patient.Id.ToString(), TherapistId = Own.Therapist.Id.ToString() };

        Assert.Null(AnswerScope.Complaint(GetProgramme, Asking(Own), answer, Own, Other, Own));
    }

    [Fact]
    public void Another_patients_id_in_any_text_of_the_answer_is_a_leak()
    {
        var answer = new Programme { ProgrammeId = Own.ProgrammeId, Reason = $"copied from {Other.ProgrammeId}" };

        Assert.Equal(
            "an answer naming another patient's or therapist's record in telehealth.prescription.v1.Programme.reason",
            AnswerScope.Complaint(GetProgramme, Asking(Own), answer, Own, Other, Own));
    }

    [Fact]
    public void A_stranger_in_a_person_field_of_a_list_is_someone_else()
    {
        var answer = new ListCaseloadResponse
        {
            Patients = { new CaseloadEntry { PatientId = Own.Patient.Id.ToString() }, new CaseloadEntry { PatientId = Guid.NewGuid().ToString() } },
        };

        Assert.Equal(
            "an answer naming someone else in telehealth.prescription.v1.CaseloadEntry.patient_id",
            AnswerScope.Complaint(ListCaseload, new ListCaseloadRequest(), answer, Own, Other, Own));
    }

    [Fact]
    public void A_read_whose_answer_names_nothing_asked_for_is_not_the_record()
    {
        Assert.Equal(
            "an answer that does not name the record asked for",
            AnswerScope.Complaint(GetProgramme, Asking(Own), new Programme { ProgrammeId = Guid.NewGuid().ToString() }, Own, Other, Own));
    }

    private static GetProgrammeRequest Asking(PatientCase target) => new() { ProgrammeId = target.ProgrammeId };

    private static ServedRpc Rpc(string name) =>
        new(ServiceHost.Prescription, PrescriptionReflection.Descriptor.Services[0].Methods.Single(m => m.Name == name));

    private static PatientCase NewCase() => new(
        TestCaller.NewPatient(),
        TestCaller.NewTherapist(),
        TemplateId: "template",
        ProgrammeId: Guid.NewGuid().ToString(),
        ReportId: Guid.NewGuid().ToString(),
        SuggestionId: Guid.NewGuid().ToString(),
        AppointmentId: Guid.NewGuid().ToString(),
        PatientNotificationId: Guid.NewGuid().ToString(),
        TherapistNotificationId: Guid.NewGuid().ToString());
}
