using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class ProgrammeStatusTests
{
    private static readonly DateTimeOffset Later = TestData.Start.AddDays(10);

    [Fact]
    public void Pause_resume_and_complete_are_versions_with_who_when_and_why()
    {
        var programme = TestData.Prescribe();

        var paused = programme.Pause(1, TestData.Therapist, Later, "Patient has flu");
        var resumed = programme.Resume(2, TestData.OtherTherapist, Later.AddDays(5), "Recovered");
        var completed = programme.Complete(3, TestData.Therapist, Later.AddDays(60), "Goals met: ODI down 20 points");

        Assert.Equal(
            [ProgrammeChangeKind.Prescribed, ProgrammeChangeKind.Paused, ProgrammeChangeKind.Resumed, ProgrammeChangeKind.Completed],
            programme.Versions.Select(v => v.Change));
        Assert.Equal((2, ProgrammeStatus.Paused, "Patient has flu"), (paused.Number, paused.Status, paused.Reason));
        Assert.Equal(TestData.OtherTherapist, resumed.CreatedBy);
        Assert.Equal(Later.AddDays(60), completed.CreatedAt);
        Assert.Equal(ProgrammeStatus.Completed, programme.Status);
        Assert.Equal(4, programme.CurrentVersion);
    }

    [Fact]
    public void Status_changes_carry_the_items_forward_unchanged()
    {
        var programme = TestData.Prescribe();

        var paused = programme.Pause(1, TestData.Therapist, Later, "Holiday");

        Assert.Equal(
            programme.GetVersion(1).Items.Select(i => (i.ItemId, i.Dosage)),
            paused.Items.Select(i => (i.ItemId, i.Dosage)));
    }

    [Fact]
    public void A_paused_programme_shows_the_patient_nothing_to_do()
    {
        var programme = TestData.Prescribe();

        programme.Pause(1, TestData.Therapist, Later, "Holiday");

        Assert.Null(programme.ActiveVersion);
        Assert.Null(programme.NextReviewDue);
    }

    [Fact]
    public void Status_changes_need_a_reason()
    {
        var programme = TestData.Prescribe();

        var error = Assert.Throws<DomainValidationException>(() => programme.Pause(1, TestData.Therapist, Later, ""));

        Assert.Equal("reason", error.Field);
    }

    [Fact]
    public void A_stale_expected_version_fails_for_status_changes_too()
    {
        var programme = TestData.Prescribe();
        programme.ChangeLoad(21m, Later);

        var error = Assert.Throws<ConcurrencyConflictException>(() => programme.Pause(1, TestData.Therapist, Later, "Holiday"));

        Assert.Equal(2, error.CurrentVersion);
    }

    [Fact]
    public void Only_valid_transitions_are_allowed()
    {
        var programme = TestData.Prescribe();

        Assert.Throws<ProgrammeStateException>(() => programme.Resume(1, TestData.Therapist, Later, "Not paused"));
        programme.Pause(1, TestData.Therapist, Later, "Holiday");
        Assert.Throws<ProgrammeStateException>(() => programme.Pause(2, TestData.Therapist, Later, "Again"));
        programme.Complete(2, TestData.Therapist, Later, "Discharged while away");
        var error = Assert.Throws<ProgrammeStateException>(() => programme.Resume(3, TestData.Therapist, Later, "Back"));
        Assert.Equal(ProgrammeStatus.Completed, error.Status);
    }

    [Fact]
    public void The_review_is_due_one_interval_after_the_last_therapist_change()
    {
        var programme = TestData.Prescribe();
        Assert.Equal(TestData.Start.AddDays(14), programme.NextReviewDue);

        programme.ChangeLoad(21m, Later);
        Assert.Equal(Later.AddDays(14), programme.NextReviewDue);
    }
}
