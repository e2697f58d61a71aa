using Telehealth.Prescription.Domain;

namespace Telehealth.Prescription.Tests.Domain;

public class CaseloadTests
{
    [Fact]
    public void A_therapist_sees_their_own_open_programmes_most_urgent_first()
    {
        var overdue = TestData.Prescribe(at: TestData.Start);
        var withSuggestion = TestData.Prescribe(at: TestData.Start.AddDays(10));
        var quiet = TestData.Prescribe(at: TestData.Start.AddDays(12));
        var completed = TestData.Prescribe(at: TestData.Start.AddDays(1));
        completed.Complete(1, TestData.Therapist, TestData.Start.AddDays(2), "Discharged");
        var someoneElses = TestData.Prescribe(therapistId: TestData.OtherTherapistId);
        var suggestion = SuggestionFactory.LoadProgression(withSuggestion, 21m);
        var now = TestData.Start.AddDays(15);

        var caseload = Caseload.For(TestData.TherapistId, [quiet, completed, withSuggestion, someoneElses, overdue], [suggestion], now);

        Assert.Equal([overdue.Id, withSuggestion.Id, quiet.Id], caseload.Select(e => e.ProgrammeId));
        Assert.True(caseload[0].ReviewOverdue);
        Assert.Equal(1, caseload[1].PendingSuggestions);
        Assert.Equal(TestData.Start.AddDays(26), caseload[2].ReviewDueAt);
    }

    [Fact]
    public void Completed_programmes_can_be_included()
    {
        var completed = TestData.Prescribe();
        completed.Complete(1, TestData.Therapist, TestData.Start.AddDays(2), "Discharged");

        var entry = Assert.Single(Caseload.For(TestData.TherapistId, [completed], [], TestData.Start.AddDays(3), includeCompleted: true));

        Assert.Equal(ProgrammeStatus.Completed, entry.Status);
        Assert.Null(entry.ReviewDueAt);
        Assert.False(entry.ReviewOverdue);
    }
}
