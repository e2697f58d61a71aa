using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.TherapistConsole.Components.Pages;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class PatientPageTests : PatientPageContext
{
    [Fact]
    public void The_page_shows_the_programme_its_history_the_reports_adherence_alerts_and_suggestions()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("version 1", page.Find("#programme-heading").TextContent), Patience);
        var item = page.Find("table.programme tbody tr");
        Assert.Contains("Transversus abdominis drawing-in", item.TextContent);
        Assert.Contains("3 × 8–10 reps, hold 10 s", item.TextContent);
        Assert.Contains("Mon, Wed, Fri", item.TextContent);
        Assert.Contains("by you: First phase", page.Find("#programme-heading").ParentElement!.TextContent);
        Assert.Equal(2, page.FindAll("g.session").Count);
        Assert.Equal("86 %", page.Find("dd[data-window=7]").TextContent);
        Assert.Equal("nothing planned", page.Find("dd[data-window=28]").TextContent);
        Assert.Contains("Pain rose by 4 points", page.Find(".alerts").TextContent);
        Assert.Contains("No questionnaires answered yet.", page.Find("#outcomes-heading").ParentElement!.TextContent);
        Assert.Equal($"patients/{Patient}/adjust", page.Find("a.adjust-link").GetAttribute("href"));
        page.WaitForAssertion(() => Assert.Contains("No review booked.", page.Find("#reviews-heading").ParentElement!.TextContent), Patience);
        Assert.Equal(["page", null], page.FindAll(".patient-tabs a").Select(tab => tab.GetAttribute("aria-current")));
        Assert.Contains("Step back: Transversus abdominis drawing-in", page.Find(".suggestion h3").TextContent);
        Assert.Contains("+ Transversus abdominis drawing-in", page.Find("li[data-version='1']").TextContent);
        var asked = Assert.Single(Fake.Requests<ListSessionReportsRequest>("ListSessionReports"));
        Assert.Equal((Patient.ToString(), 14), (asked.PatientId, asked.Limit));
    }

    [Fact]
    public void Approving_a_suggestion_shows_the_next_programme_version_and_its_history()
    {
        Fake.Answer<DecideSuggestionRequest, DecideSuggestionResponse>("DecideSuggestion", request =>
        {
            CurrentProgramme = Records.Programme(Patient.ToString(), Therapist, version: 2, holdSeconds: 9);
            CurrentSuggestions = new ListSuggestionsResponse { Suggestions = { Records.Suggestion(Patient.ToString(), SuggestionStatus.Approved) } };
            return new DecideSuggestionResponse { Suggestion = CurrentSuggestions.Suggestions[0], Programme = CurrentProgramme };
        });
        var page = RenderPage();
        page.WaitForAssertion(() => page.Find(".suggestion"), Patience);

        page.FindAll("fluent-button").Single(button => button.TextContent.Trim() == "Approve").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("Approved: the programme is now version 2.", page.Find(".decided").TextContent);
            Assert.Contains("version 2", page.Find("#programme-heading").TextContent);
            Assert.Contains("hold 9 s", page.Find("table.programme").TextContent);
            Assert.Contains("Version 2", page.Find("li[data-version='2']").TextContent);
            Assert.Contains("Nothing waiting for your decision.", page.Markup);
        }, Patience);
    }

    [Theory]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.PermissionDenied)]
    public void A_patient_outside_the_caseload_is_said_to_be_so_and_nothing_is_shown(StatusCode refusal)
    {
        Fake.Fail("GetActiveProgramme", Failures.Of(refusal, "no such programme"));

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal("This patient is not in your caseload.", page.Find("[role=alert]").TextContent.Trim()), Patience);
        Assert.Empty(page.FindAll("#programme-heading"));
        Assert.Empty(Fake.Requests<ListSessionReportsRequest>("ListSessionReports"));
    }

    [Fact]
    public void A_patient_just_prescribed_is_shown_once_progress_has_heard_of_the_programme()
    {
        var asked = 0;
        Fake.Answer<GetPatientSummaryRequest, PatientSummary>("GetPatientSummary", _ =>
            Interlocked.Increment(ref asked) < 3 ? throw Failures.Of(StatusCode.PermissionDenied, "not in your caseload") : Summary);

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("version 1", page.Find("#programme-heading").TextContent), TimeSpan.FromSeconds(20));
        Assert.Equal(3, Fake.Requests<GetPatientSummaryRequest>("GetPatientSummary").Count);
        Assert.Empty(page.FindAll("[role=alert]"));
        Assert.Contains("Pain flare", page.Markup);
    }
}
