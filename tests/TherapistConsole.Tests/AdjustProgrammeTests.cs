using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.TherapistConsole.Components.Pages;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class AdjustProgrammeTests : ConsoleContext
{
    private static readonly Guid Patient = Guid.Parse("a0000000-0000-4000-8000-00000000000a");

    public AdjustProgrammeTests()
    {
        Fake.Answer<GetActiveProgrammeRequest, Programme>("GetActiveProgramme", _ => Records.Programme(Patient.ToString(), Therapist, version: 3, holdSeconds: 10))
            .Answer<SearchExercisesRequest, SearchExercisesResponse>("SearchExercises", Records.Library);
    }

    [Fact]
    public void A_changed_dose_is_saved_as_the_next_version_of_the_version_looked_at()
    {
        Fake.Answer<AdjustProgrammeRequest, Programme>("AdjustProgramme", _ => Records.Programme(Patient.ToString(), Therapist, version: 4, holdSeconds: 12));
        var page = Loaded();

        page.Find("[data-exercise] .dose-field[data-field=hold_seconds] input").Change("12");
        page.Find("#save-heading").ParentElement!.QuerySelector("fluent-textarea")!.Change("Holds well for 10 s");
        Button(page, "Save as the next version").Click();

        page.WaitForAssertion(() => Assert.EndsWith($"patients/{Patient}", Services.GetRequiredService<NavigationManager>().Uri), Patience);
        var request = Assert.Single(Fake.Requests<AdjustProgrammeRequest>("AdjustProgramme"));
        Assert.Equal((3, "Holds well for 10 s"), (request.ExpectedVersion, request.Reason));
        var item = Assert.Single(request.Items);
        var current = Records.Programme(Patient.ToString(), Therapist, version: 3, holdSeconds: 10).Items[0];
        Assert.Equal((current.ItemId, current.ExerciseId, RehabPhase.Coordination, MovementMode.Static), (item.ItemId, item.ExerciseId, item.Phase, item.Mode));
        Assert.Equal(new Dosage { Sets = 3, RepsMin = 8, RepsMax = 10, HoldSeconds = 12, Days = { Weekday.Monday, Weekday.Wednesday, Weekday.Friday } }, item.Dosage);
    }

    [Fact]
    public void An_exercise_found_in_the_library_by_category_is_added_with_its_own_dose_fields_and_contraindications()
    {
        var page = Loaded();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".library-results li").Count), Patience);

        page.Find("#library-category").Change(ExerciseCategory.LumbarStrengthening.ToString());
        Button(page, "Search").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll(".library-results li")), Patience);
        Assert.Contains("avoid loaded flexion", page.Find(".library-results li .contraindications").TextContent);
        page.Find(".library-results li fluent-button").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("article.draft-item").Count), Patience);
        var added = page.Find($"article.draft-item[data-exercise='{Records.LumbarExerciseId}']");
        Assert.Equal(["sets", "reps_min", "reps_max", "load_kg", "range_of_motion_degrees", "sessions_per_week"], added.QuerySelectorAll(".dose-field").Select(field => field.GetAttribute("data-field")));
        Assert.Contains("avoid loaded flexion", added.TextContent);
        Assert.Equal(ExerciseCategory.LumbarStrengthening, Fake.Requests<SearchExercisesRequest>("SearchExercises")[^1].Category);
        Assert.Equal("In the programme", page.Find(".library-results li .in-programme").TextContent.Trim());
        Assert.Empty(page.FindAll(".library-results li fluent-button"));
    }

    [Fact]
    public void Fields_the_service_refuses_are_shown_at_the_item_they_belong_to()
    {
        Fake.Fail("AdjustProgramme", Failures.InvalidFields(("items[1].phase", "must be COORDINATION, ENDURANCE or STRENGTH"), ("items[0].dosage.hold_seconds", "must be between 1 and 120, got 500")));
        var page = Loaded();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".library-results li").Count), Patience);
        page.Find($".library-results li[data-exercise='{Records.LumbarExerciseId}'] fluent-button").Click();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("article.draft-item").Count), Patience);

        page.Find("#save-heading").ParentElement!.QuerySelector("fluent-textarea")!.Change("Adding strength work");
        Button(page, "Save as the next version").Click();

        page.WaitForAssertion(() => Assert.Contains("must be COORDINATION, ENDURANCE or STRENGTH.", page.Find("article.draft-item:nth-of-type(2) [data-field=phase]").TextContent), Patience);
        Assert.Contains("must be between 1 and 120, got 500.", page.Find("article.draft-item:nth-of-type(1) .dose-field[data-field=hold_seconds]").TextContent);
        Assert.DoesNotContain("must be between", page.Find("article.draft-item:nth-of-type(2)").TextContent);
        Assert.Empty(page.FindAll("[role=alert]"));
    }

    [Fact]
    public void Saving_without_a_reason_asks_for_one_and_sends_nothing()
    {
        var page = Loaded();

        Button(page, "Save as the next version").Click();

        page.WaitForAssertion(() => Assert.Contains("Say why", page.Find("#save-heading").ParentElement!.TextContent), Patience);
        Assert.Empty(Fake.Requests<AdjustProgrammeRequest>("AdjustProgramme"));
    }

    [Fact]
    public void A_removed_exercise_leaves_the_programme_and_the_week()
    {
        var page = Loaded();
        Assert.Equal(3, page.FindAll(".week-preview tbody td.planned").Count);

        page.FindAll("fluent-button").Single(button => button.TextContent.Trim() == "Remove Transversus abdominis drawing-in").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("article.draft-item")), Patience);
        Assert.Empty(page.FindAll(".week-preview tbody tr"));
    }

    [Fact]
    public void A_programme_changed_meanwhile_is_said_and_read_again()
    {
        Fake.Fail("AdjustProgramme", Failures.Of(StatusCode.Aborted, "the programme is at version 4"));
        var page = Loaded();

        page.Find("#save-heading").ParentElement!.QuerySelector("fluent-textarea")!.Change("Less load");
        Button(page, "Save as the next version").Click();

        page.WaitForAssertion(() => Assert.Contains("Someone changed this meanwhile", page.Find("[role=alert]").TextContent), Patience);
        Assert.Equal(2, Fake.Requests<GetActiveProgrammeRequest>("GetActiveProgramme").Count);
    }

    private IRenderedComponent<AdjustPage> Loaded()
    {
        var page = Render<AdjustPage>(parameters => parameters.Add(p => p.PatientId, Patient));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("article.draft-item")), Patience);
        return page;
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<AdjustPage> page, string text) =>
        page.FindAll("fluent-button").Single(button => button.TextContent.Trim() == text);
}
