using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.TherapistConsole.Components.Pages;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class PrescribeProgrammeTests : ConsoleContext
{
    private const string Patient = "c0000000-0000-4000-8000-00000000000c";

    public PrescribeProgrammeTests()
    {
        Fake.Answer<SearchExercisesRequest, SearchExercisesResponse>("SearchExercises", Records.Library)
            .Answer<ListTemplatesRequest, ListTemplatesResponse>("ListTemplates", _ => new ListTemplatesResponse
            {
                Templates =
                {
                    new ProgrammeTemplate
                    {
                        TemplateId = "t1",
                        Name = "Early stabilisation",
                        Description = "Coordination first, static before dynamic.",
                        Items =
                        {
                            new ProgrammeItemInput
                            {
                                ExerciseId = Records.ExerciseId,
                                Phase = RehabPhase.Coordination,
                                Mode = MovementMode.Static,
                                Dosage = new Dosage { Sets = 2, RepsMin = 8, RepsMax = 8, HoldSeconds = 5, SessionsPerWeek = 5 },
                            },
                        },
                    },
                },
            });
    }

    [Fact]
    public void A_template_fills_the_programme_and_saving_prescribes_it_for_the_patient()
    {
        Fake.Answer<PrescribeProgrammeRequest, Programme>("PrescribeProgramme", request => Records.Programme(request.PatientId, Therapist, version: 1, holdSeconds: 5));
        var page = Render<PrescribePage>();
        page.WaitForAssertion(() => page.Find("#template"), Patience);

        page.Find("#template").Change("t1");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("article.draft-item")), Patience);
        Assert.Equal("5", page.Find(".dose-field[data-field=hold_seconds] input").GetAttribute("value"));
        Assert.Contains("5 times a week, on days the patient chooses", page.Find(".week-preview tbody").TextContent);
        page.Find("#patient-id").Change(Patient);
        Button(page, "Prescribe").Click();

        page.WaitForAssertion(() => Assert.EndsWith($"patients/{Patient}", Services.GetRequiredService<NavigationManager>().Uri), Patience);
        var request = Assert.Single(Fake.Requests<PrescribeProgrammeRequest>("PrescribeProgramme"));
        Assert.Equal((Patient, "Started from the template Early stabilisation.", ""), (request.PatientId, request.Reason, request.TemplateId));
        var item = Assert.Single(request.Items);
        Assert.Equal((Records.ExerciseId, "", RehabPhase.Coordination), (item.ExerciseId, item.ItemId, item.Phase));
        Assert.Equal(new Dosage { Sets = 2, RepsMin = 8, RepsMax = 8, HoldSeconds = 5, SessionsPerWeek = 5 }, item.Dosage);
    }

    [Fact]
    public void A_patient_id_that_is_not_one_is_said_before_anything_is_sent()
    {
        var page = Render<PrescribePage>();
        page.WaitForAssertion(() => page.Find("#template"), Patience);

        page.Find("#patient-id").Change("patient 12");
        Button(page, "Prescribe").Click();

        page.WaitForAssertion(() => Assert.Contains("Give the patient's id as their app shows it", page.Markup), Patience);
        Assert.Contains("Say why", page.Find("#save-heading").ParentElement!.TextContent);
        Assert.Empty(Fake.Requests<PrescribeProgrammeRequest>("PrescribeProgramme"));
    }

    [Fact]
    public void A_patient_the_service_refuses_is_said_at_the_patient_field()
    {
        Fake.Fail("PrescribeProgramme", Failures.InvalidField("patient_id", "already has an active programme"));
        var page = Render<PrescribePage>();
        page.WaitForAssertion(() => page.Find("#template"), Patience);
        page.Find("#template").Change("t1");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("article.draft-item")), Patience);

        page.Find("#patient-id").Change(Patient);
        Button(page, "Prescribe").Click();

        page.WaitForAssertion(() => Assert.Contains("already has an active programme.", page.Find("#patient-heading").ParentElement!.TextContent), Patience);
        Assert.Empty(page.FindAll("[role=alert]"));
    }

    [Fact]
    public void The_week_shows_the_days_each_exercise_is_planned_and_how_many_on_each_day()
    {
        var page = Render<PrescribePage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".library-results li").Count), Patience);
        page.Find($".library-results li[data-exercise='{Records.ExerciseId}'] fluent-button").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("article.draft-item")), Patience);

        page.Find(".days input[data-day=Monday]").Change(true);
        page.Find(".days input[data-day=Thursday]").Change(true);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".week-preview tbody td.planned").Count), Patience);
        Assert.Equal(["1", "0", "0", "1", "0", "0", "0"], page.FindAll(".week-preview tfoot td").Select(cell => cell.TextContent.Trim()));
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<PrescribePage> page, string text) =>
        page.FindAll("fluent-button").Single(button => button.TextContent.Trim() == text);
}
