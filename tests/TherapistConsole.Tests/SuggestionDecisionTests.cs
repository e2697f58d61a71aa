using Grpc.Core;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.TherapistConsole.Components.Patients;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class SuggestionDecisionTests : ConsoleContext
{
    private const string Patient = "a0000000-0000-4000-8000-00000000000a";

    [Fact]
    public void Approving_decides_the_suggestion_and_hands_over_the_next_version()
    {
        DecideSuggestionResponse? decided = null;
        Fake.Answer<DecideSuggestionRequest, DecideSuggestionResponse>("DecideSuggestion", request => Decided(request, SuggestionStatus.Approved, version: 2));
        var suggestion = Render<SuggestionDecision>(parameters => parameters
            .Add(p => p.Suggestion, Records.Suggestion(Patient))
            .Add(p => p.OnDecided, answer => decided = answer));

        Assert.Contains("Step back: Transversus abdominis drawing-in", suggestion.Find("h3").TextContent);
        Assert.Contains("3 × 8–10 reps, hold 10 s", suggestion.Find(".dose-change").TextContent);
        Assert.Contains("3 × 8–10 reps, hold 9 s", suggestion.Find(".dose-change").TextContent);
        Button(suggestion, "Approve").Click();

        suggestion.WaitForAssertion(() => Assert.NotNull(decided), Patience);
        var request = Assert.Single(Fake.Requests<DecideSuggestionRequest>("DecideSuggestion"));
        Assert.Equal((Records.Suggestion(Patient).SuggestionId, Decision.Approve), (request.SuggestionId, request.Decision));
        Assert.True(Guid.TryParse(request.RequestId, out _), "a decision carries a request id, so a retry is answered once");
        Assert.Equal(2, decided!.Programme.Version);
    }

    [Fact]
    public void Rejecting_without_a_reason_asks_for_one_and_calls_nothing()
    {
        var suggestion = Render<SuggestionDecision>(parameters => parameters.Add(p => p.Suggestion, Records.Suggestion(Patient)));

        Button(suggestion, "Reject").Click();

        Assert.Contains("Say why you reject it", suggestion.Markup);
        Assert.Empty(Fake.Requests<DecideSuggestionRequest>("DecideSuggestion"));
    }

    [Fact]
    public void Rejecting_sends_the_reason()
    {
        Fake.Answer<DecideSuggestionRequest, DecideSuggestionResponse>("DecideSuggestion", request => Decided(request, SuggestionStatus.Rejected, version: 1));
        var suggestion = Render<SuggestionDecision>(parameters => parameters.Add(p => p.Suggestion, Records.Suggestion(Patient)));

        suggestion.Find("fluent-textarea").Change("Flare was from gardening, not the exercise.");
        Button(suggestion, "Reject").Click();

        suggestion.WaitForAssertion(() => Assert.Single(Fake.Requests<DecideSuggestionRequest>("DecideSuggestion")), Patience);
        var request = Fake.Requests<DecideSuggestionRequest>("DecideSuggestion")[0];
        Assert.Equal((Decision.Reject, "Flare was from gardening, not the exercise."), (request.Decision, request.Reason));
    }

    [Fact]
    public void A_change_made_automatically_offers_undo_and_not_approve()
    {
        Fake.Answer<DecideSuggestionRequest, DecideSuggestionResponse>("DecideSuggestion", request => Decided(request, SuggestionStatus.Undone, version: 3));
        var suggestion = Render<SuggestionDecision>(parameters => parameters.Add(p => p.Suggestion, Records.Suggestion(Patient, SuggestionStatus.AppliedAutomatically)));

        Assert.DoesNotContain(suggestion.FindAll("fluent-button"), button => button.TextContent.Contains("Approve"));
        Button(suggestion, "Undo this change").Click();

        suggestion.WaitForAssertion(() => Assert.Equal(Decision.Undo, Assert.Single(Fake.Requests<DecideSuggestionRequest>("DecideSuggestion")).Decision), Patience);
    }

    [Fact]
    public void A_reason_the_service_refuses_is_shown_at_the_reason_box()
    {
        Fake.Fail("DecideSuggestion", Failures.InvalidField("reason", "must be at most 1000 characters"));
        var suggestion = Render<SuggestionDecision>(parameters => parameters.Add(p => p.Suggestion, Records.Suggestion(Patient)));

        suggestion.Find("fluent-textarea").Change("far too long");
        Button(suggestion, "Reject").Click();

        suggestion.WaitForAssertion(() => Assert.Contains("must be at most 1000 characters.", suggestion.Find(".suggestion").TextContent), Patience);
        Assert.Empty(suggestion.FindAll("[role=alert]"));
    }

    [Theory]
    [InlineData(StatusCode.PermissionDenied)]
    [InlineData(StatusCode.NotFound)]
    public void A_suggestion_outside_the_caseload_is_said_to_be_so(StatusCode refusal)
    {
        Fake.Fail("DecideSuggestion", Failures.Of(refusal, "suggestion_id: no such suggestion in your care."));
        var suggestion = Render<SuggestionDecision>(parameters => parameters.Add(p => p.Suggestion, Records.Suggestion(Patient)));

        Button(suggestion, "Approve").Click();

        suggestion.WaitForAssertion(() => Assert.Contains("This patient is not in your caseload.", suggestion.Find("[role=alert]").TextContent), Patience);
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<SuggestionDecision> suggestion, string text) =>
        suggestion.FindAll("fluent-button").Single(button => button.TextContent.Trim() == text);

    private static DecideSuggestionResponse Decided(DecideSuggestionRequest request, SuggestionStatus status, int version)
    {
        var suggestion = Records.Suggestion(Patient, status);
        suggestion.DecisionReason = request.Reason;
        return new DecideSuggestionResponse { Suggestion = suggestion, Programme = Records.Programme(Patient, Guid.NewGuid(), version, holdSeconds: 9) };
    }
}
