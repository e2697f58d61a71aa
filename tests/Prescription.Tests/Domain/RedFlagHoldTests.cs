using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

/// <summary>A red flag holds the programme at once; only the therapist's decision lets it go on.</summary>
public class RedFlagHoldTests
{
    private static readonly DateTimeOffset Later = TestData.Start.AddDays(10);
    private const string Why = "On hold: the patient reported a red flag.";

    [Fact]
    public void A_red_flag_holds_an_active_programme_as_a_version_by_the_system()
    {
        var programme = TestData.Prescribe();

        var held = Assert.IsType<ProgrammeVersion>(programme.Hold(Actor.System, Later, Why));

        Assert.Equal((2, ProgrammeChangeKind.Held, ProgrammeStatus.Held, Actor.System, Why), (held.Number, held.Change, held.Status, held.CreatedBy, held.Reason));
        Assert.Equal(ProgrammeStatus.Held, programme.Status);
        Assert.Null(programme.ActiveVersion);
        Assert.Null(programme.NextReviewDue);
    }

    [Fact]
    public void A_paused_programme_is_held_too_and_a_held_or_completed_one_is_left_alone()
    {
        var paused = TestData.Prescribe();
        paused.Pause(1, TestData.Therapist, Later, "Holiday");
        var completed = TestData.Prescribe();
        completed.Complete(1, TestData.Therapist, Later, "Goals met");

        Assert.NotNull(paused.Hold(Actor.System, Later, Why));
        Assert.Null(paused.Hold(Actor.System, Later, Why));
        Assert.Null(completed.Hold(Actor.System, Later, Why));
        Assert.Equal(3, paused.CurrentVersion);
    }

    [Fact]
    public void The_therapist_decides_to_resume_pause_or_complete_a_held_programme()
    {
        foreach (var decide in new Func<Programme, ProgrammeVersion>[]
        {
            p => p.Resume(2, TestData.Therapist, Later.AddDays(1), "Spoke with the patient: symptoms explained, safe to go on"),
            p => p.Pause(2, TestData.Therapist, Later.AddDays(1), "Referred to the GP; paused until seen"),
            p => p.Complete(2, TestData.Therapist, Later.AddDays(1), "Referred on to surgery"),
        })
        {
            var programme = TestData.Prescribe();
            programme.Hold(Actor.System, Later, Why);

            var decided = decide(programme);

            Assert.NotEqual(ProgrammeStatus.Held, decided.Status);
            Assert.Equal(TestData.Therapist, decided.CreatedBy);
        }
    }

    [Fact]
    public void Adjusting_a_held_programme_is_the_therapists_decision_to_go_on()
    {
        var programme = TestData.Prescribe();
        programme.Hold(Actor.System, Later, Why);
        var item = programme.Current.Items[0];

        var adjusted = programme.Adjust(2, ProgrammeChangeSet.ChangeDosage(item.ItemId, item.Dosage with { Sets = (item.Dosage.Sets ?? 1) + 1 }),
            TestData.Therapist, Later.AddDays(1), "Spoke with the patient; one more set");

        Assert.Equal((ProgrammeChangeKind.Adjusted, ProgrammeStatus.Active), (adjusted.Change, adjusted.Status));
    }

    [Fact]
    public void Nothing_is_applied_automatically_while_held()
    {
        var programme = TestData.Prescribe();
        programme.Hold(Actor.System, Later, Why);
        var item = programme.Current.Items[0];

        var decision = AutoProgressionPolicy.Evaluate(programme, item.ItemId, SuggestionKind.Progression, item.Dosage, basedOnVersion: 2);

        Assert.False(decision.Allowed);
        Assert.Contains("held", decision.Explanation);
    }
}
