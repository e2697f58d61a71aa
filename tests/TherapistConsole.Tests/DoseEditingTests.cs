using Telehealth.Contracts.Prescription.V1;
using Telehealth.TherapistConsole.Components.Patients;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class DoseEditingTests : ConsoleContext
{
    private const string Patient = "a0000000-0000-4000-8000-00000000000a";

    private readonly ProgrammeItem _item = Records.Programme(Patient, Guid.NewGuid(), version: 1, holdSeconds: 10).Items[0];

    public DoseEditingTests()
    {
        Fake.Answer<SearchExercisesRequest, SearchExercisesResponse>("SearchExercises", _ => new SearchExercisesResponse { Exercises = { Records.Exercise() } });
    }

    [Fact]
    public void Editing_shows_the_fields_the_exercise_uses_starting_from_the_proposed_dose()
    {
        var suggestion = RenderSuggestion();

        Edit(suggestion);

        suggestion.WaitForAssertion(() => suggestion.Find(".dose-editor"), Patience);
        Assert.Equal(["sets", "reps_min", "reps_max", "hold_seconds", "sessions_per_week"], suggestion.FindAll(".dose-field").Select(field => field.GetAttribute("data-field")));
        Assert.Equal("9", Input(suggestion, "hold_seconds").GetAttribute("value"));
        Assert.Equal(7, suggestion.FindAll(".days input[type=checkbox]").Count);
        var searched = Assert.Single(Fake.Requests<SearchExercisesRequest>("SearchExercises"));
        Assert.Equal(ExerciseCategory.StabiliserActivation, searched.Category);
    }

    [Fact]
    public void Approving_with_an_edited_dose_sends_it_as_an_edit_with_only_the_exercises_fields()
    {
        DecideSuggestionResponse? decided = null;
        Fake.Answer<DecideSuggestionRequest, DecideSuggestionResponse>("DecideSuggestion", request => new DecideSuggestionResponse
        {
            Suggestion = Records.Suggestion(Patient, SuggestionStatus.Edited),
            Programme = Records.Programme(Patient, Guid.NewGuid(), version: 2, holdSeconds: 8),
        });
        var suggestion = Editing(answer => decided = answer);

        Input(suggestion, "hold_seconds").Change("8");
        suggestion.Find(".days input[data-day=Tuesday]").Change(true);
        suggestion.WaitForAssertion(() => Assert.Contains("3 × 8–10 reps, hold 8 s, Tue", suggestion.Find(".dose-preview").TextContent), Patience);
        Button(suggestion, "Approve with this dose").Click();

        suggestion.WaitForAssertion(() => Assert.NotNull(decided), Patience);
        var request = Assert.Single(Fake.Requests<DecideSuggestionRequest>("DecideSuggestion"));
        Assert.Equal(Decision.Edit, request.Decision);
        Assert.Equal(new Dosage { Sets = 3, RepsMin = 8, RepsMax = 10, HoldSeconds = 8, Days = { Weekday.Tuesday } }, request.EditedDosage);
    }

    [Fact]
    public void A_dose_field_the_service_refuses_is_shown_beside_its_input()
    {
        Fake.Fail("DecideSuggestion", Failures.InvalidField("items[0].dosage.hold_seconds", "must be between 1 and 120, got 500"));
        var suggestion = Editing();

        Input(suggestion, "hold_seconds").Change("500");
        Button(suggestion, "Approve with this dose").Click();

        suggestion.WaitForAssertion(() => Assert.Contains("must be between 1 and 120, got 500.", suggestion.Find(".dose-field[data-field=hold_seconds]").TextContent), Patience);
        Assert.DoesNotContain("must be between", suggestion.Find(".dose-field[data-field=sets]").TextContent);
        Assert.Empty(suggestion.FindAll("[role=alert]"));
    }

    [Fact]
    public void A_dose_field_the_exercise_has_no_input_for_is_said_under_the_inputs()
    {
        Fake.Fail("DecideSuggestion", Failures.InvalidField("edited_dosage.load_kg", "is not used for stabiliser activation exercises"));
        var suggestion = Editing();

        Button(suggestion, "Approve with this dose").Click();

        suggestion.WaitForAssertion(() => Assert.Equal("load kg: is not used for stabiliser activation exercises.", suggestion.Find("[data-error=load_kg]").TextContent.Trim()), Patience);
    }

    [Fact]
    public void Days_the_service_refuses_are_said_under_the_days()
    {
        Fake.Fail("DecideSuggestion", Failures.InvalidField("edited_dosage.days", "give sessions_per_week or days, not both"));
        var suggestion = Editing();

        Button(suggestion, "Approve with this dose").Click();

        suggestion.WaitForAssertion(() => Assert.Contains("not both.", suggestion.Find("[data-error=days]").TextContent), Patience);
    }

    [Fact]
    public void Without_the_exercise_in_the_library_the_fields_are_those_the_proposed_dose_sets()
    {
        Fake.Answer<SearchExercisesRequest, SearchExercisesResponse>("SearchExercises", _ => new SearchExercisesResponse());
        var suggestion = RenderSuggestion();

        Edit(suggestion);

        suggestion.WaitForAssertion(() => suggestion.Find(".dose-editor"), Patience);
        Assert.Equal(["sets", "reps_min", "reps_max", "hold_seconds"], suggestion.FindAll(".dose-field").Select(field => field.GetAttribute("data-field")));
        Assert.Empty(suggestion.FindAll(".days"));
    }

    [Fact]
    public void Cancelling_the_edit_closes_the_editor_and_sends_nothing()
    {
        var suggestion = Editing();

        Button(suggestion, "Cancel editing").Click();

        suggestion.WaitForAssertion(() => Assert.Empty(suggestion.FindAll(".dose-editor")), Patience);
        Assert.Empty(Fake.Requests<DecideSuggestionRequest>("DecideSuggestion"));
    }

    private IRenderedComponent<SuggestionDecision> RenderSuggestion(Action<DecideSuggestionResponse>? decided = null) =>
        Render<SuggestionDecision>(parameters => parameters
            .Add(p => p.Suggestion, Records.Suggestion(Patient))
            .Add(p => p.Item, _item)
            .Add(p => p.OnDecided, answer => decided?.Invoke(answer)));

    private static void Edit(IRenderedComponent<SuggestionDecision> suggestion) => Button(suggestion, "Edit the dose").Click();

    /// <summary>The suggestion with its dose editor open.</summary>
    private IRenderedComponent<SuggestionDecision> Editing(Action<DecideSuggestionResponse>? decided = null)
    {
        var suggestion = RenderSuggestion(decided);
        Edit(suggestion);
        suggestion.WaitForElement(".dose-editor", Patience);
        return suggestion;
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<SuggestionDecision> suggestion, string field) =>
        suggestion.Find($".dose-field[data-field={field}] input");

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<SuggestionDecision> suggestion, string text) =>
        suggestion.FindAll("fluent-button").Single(button => button.TextContent.Trim() == text);
}
