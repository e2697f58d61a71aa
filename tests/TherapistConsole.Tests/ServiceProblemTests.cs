using Grpc.Core;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Wording;

namespace Telehealth.TherapistConsole.Tests;

public sealed class ServiceProblemTests
{
    [Theory]
    [InlineData(StatusCode.PermissionDenied, "This patient is not in your caseload.")]
    [InlineData(StatusCode.NotFound, "This patient is not in your caseload.")]
    [InlineData(StatusCode.Unauthenticated, "Your sign-in has expired. Sign in again.")]
    [InlineData(StatusCode.Unavailable, "The system is not answering just now. Try again in a moment.")]
    [InlineData(StatusCode.DeadlineExceeded, "The system is not answering just now. Try again in a moment.")]
    [InlineData(StatusCode.ResourceExhausted, "Too many requests at once. Wait a moment and try again.")]
    [InlineData(StatusCode.Internal, "Something went wrong on our side. Try again; if it keeps happening, tell your administrator.")]
    public void Refusals_are_said_in_a_therapists_words_without_the_services_detail(StatusCode code, string words)
    {
        var problem = ServiceProblem.From(Failures.Of(code, "patient_id 3f2504e0 not in caseload of therapist 9b68"));

        Assert.Equal(words, problem.Message);
        Assert.Empty(problem.Fields);
    }

    [Fact]
    public void A_conflict_says_what_changed_and_what_to_do()
    {
        var problem = ServiceProblem.From(Failures.Of(StatusCode.Aborted, "the programme is at version 3"));

        Assert.Equal("Someone changed this meanwhile: the programme is at version 3. The page now shows the latest; check it and try again.", problem.Message);
    }

    [Theory]
    [InlineData("appointment_id: the appointment is cancelled; book a new one.", "Not possible just now: the appointment is cancelled; book a new one.")]
    [InlineData("items[0].dosage: the programme is held", "Not possible just now: the programme is held.")]
    [InlineData("the therapist is busy then", "Not possible just now: the therapist is busy then.")]
    public void The_field_a_refusal_names_is_left_out_of_its_words(string detail, string words)
    {
        Assert.Equal(words, ServiceProblem.From(Failures.Of(StatusCode.FailedPrecondition, detail)).Message);
    }

    [Fact]
    public void Invalid_fields_are_kept_by_their_api_names_for_the_form_to_show()
    {
        var problem = ServiceProblem.From(Failures.InvalidField("reason", "is required"));

        Assert.Equal("Some of what you entered needs changing.", problem.Message);
        Assert.Equal("is required.", problem.For("reason"));
        Assert.Null(problem.For("edited_dosage"));
    }

    [Theory]
    [InlineData("edited_dosage.hold_seconds", "hold_seconds")]
    [InlineData("items[2].dosage.load_kg", "load_kg")]
    [InlineData("dosage.days", "days")]
    [InlineData("reason", null)]
    [InlineData("edited_dosage", null)]
    public void A_dose_field_is_found_wherever_the_dose_sat_in_the_request(string path, string? field)
    {
        Assert.Equal(field, ServiceProblem.DosageFieldOf(path));
        if (field is not null)
        {
            Assert.Equal("is out of range.", ServiceProblem.From(Failures.InvalidField(path, "is out of range")).ForDosage(field));
        }
    }
}
