using Grpc.Core;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.TherapistConsole.Components.Pages;
using Telehealth.TherapistConsole.Components.Patients;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class ProgrammeStatusTests : PatientPageContext
{
    [Fact]
    public void Pausing_asks_for_confirmation_and_a_reason_then_sends_the_version_looked_at()
    {
        Fake.Answer<ChangeProgrammeStatusRequest, Programme>("ChangeProgrammeStatus", request =>
        {
            CurrentProgramme = Records.Programme(Patient.ToString(), Therapist, version: 2, holdSeconds: 10);
            CurrentProgramme.Status = request.Status;
            return CurrentProgramme;
        });
        var page = Loaded();

        Button(page, "Pause").Click();
        page.WaitForAssertion(() => Assert.Contains("Pause the programme?", page.Find("#status-confirmation").TextContent), Patience);
        Button(page, "Pause the programme").Click();
        page.WaitForAssertion(() => Assert.Contains("Say why", page.Find("#status-confirmation").TextContent), Patience);
        Assert.Empty(Fake.Requests<ChangeProgrammeStatusRequest>("ChangeProgrammeStatus"));
        page.WaitForElement("#status-confirmation fluent-textarea", Patience).Change("Away for two weeks.");
        Button(page, "Pause the programme").Click();

        page.WaitForAssertion(() => Assert.Contains("Paused: the programme is now version 2.", page.Find(".decided").TextContent), Patience);
        var request = Assert.Single(Fake.Requests<ChangeProgrammeStatusRequest>("ChangeProgrammeStatus"));
        Assert.Equal((CurrentProgramme.ProgrammeId, 1, ProgrammeStatus.Paused, "Away for two weeks."), (request.ProgrammeId, request.ExpectedVersion, request.Status, request.Reason));
        Assert.True(Guid.TryParse(request.RequestId, out _));
        Assert.Equal(["Resume", "Complete"], ActionButtons(page));
        Assert.Empty(page.FindAll("#status-confirmation"));
    }

    [Fact]
    public void Keeping_the_programme_as_it_is_sends_nothing()
    {
        var page = Loaded();

        Button(page, "Complete").Click();
        page.WaitForAssertion(() => Assert.Contains("cannot be undone", page.Find("#status-confirmation").TextContent), Patience);
        Button(page, "Keep it as it is").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#status-confirmation")), Patience);
        Assert.Empty(Fake.Requests<ChangeProgrammeStatusRequest>("ChangeProgrammeStatus"));
    }

    [Fact]
    public void A_change_made_meanwhile_is_said_and_the_page_reads_the_programme_again()
    {
        Fake.Fail("ChangeProgrammeStatus", Failures.Of(StatusCode.Aborted, "the programme is at version 2"));
        var page = Loaded();

        Button(page, "Pause").Click();
        page.WaitForElement("#status-confirmation fluent-textarea", Patience).Change("Away.");
        Button(page, "Pause the programme").Click();

        page.WaitForAssertion(() => Assert.Contains("Someone changed this meanwhile", page.Find("[role=alert]").TextContent), Patience);
        page.WaitForAssertion(() => Assert.Equal(2, Fake.Requests<GetActiveProgrammeRequest>("GetActiveProgramme").Count), Patience);
    }

    [Theory]
    [InlineData(ProgrammeStatus.Active, new[] { "Pause", "Complete" })]
    [InlineData(ProgrammeStatus.Paused, new[] { "Resume", "Complete" })]
    [InlineData(ProgrammeStatus.OnHold, new[] { "Resume", "Pause", "Complete" })]
    [InlineData(ProgrammeStatus.Completed, new string[0])]
    public void Each_status_offers_the_changes_the_service_allows_from_it(ProgrammeStatus status, string[] offered)
    {
        var programme = Records.Programme(Patient.ToString(), Therapist, version: 1, holdSeconds: 10);
        programme.Status = status;

        var card = Render<ProgrammeCard>(parameters => parameters.Add(p => p.Programme, programme));

        Assert.Equal(offered, card.FindAll(".status-actions fluent-button").Select(button => button.TextContent.Trim()));
    }

    private IRenderedComponent<PatientPage> Loaded()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Equal(["Pause", "Complete"], ActionButtons(page)), Patience);
        return page;
    }

    private static IEnumerable<string> ActionButtons(IRenderedComponent<PatientPage> page) =>
        page.FindAll(".status-actions fluent-button").Select(button => button.TextContent.Trim());

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<PatientPage> page, string text) =>
        page.FindAll("fluent-button").Single(button => button.TextContent.Trim() == text);
}
