using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Data;
using Telehealth.Notification.Inbox;

namespace Telehealth.Notification.Tests.Events;

/// <summary>The caseload this service keeps from prescription's programme events, in whatever order they arrive.</summary>
public sealed class CaseloadConsumerTests
{
    private static readonly DateTimeOffset Noon = DateTimeOffset.Parse("2026-06-10T12:00:00Z");

    [Fact]
    public async Task Prescribing_puts_the_patient_in_the_therapists_caseload_and_no_one_elses()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var (programme, patient, therapist) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await harness.PublishAsync(Prescribed(programme, patient, therapist, 1));

        Assert.True(await IsTherapistOfAsync(harness, therapist, patient));
        Assert.False(await IsTherapistOfAsync(harness, Guid.NewGuid(), patient));
        Assert.False(await IsTherapistOfAsync(harness, therapist, Guid.NewGuid()));
    }

    [Fact]
    public async Task The_newest_version_names_the_therapist_whichever_event_arrives_first()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var (programme, patient, first, second) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await harness.PublishAsync(Adjusted(programme, patient, second, 2));
        await harness.PublishAsync(Prescribed(programme, patient, first, 1));

        Assert.True(await IsTherapistOfAsync(harness, second, patient));
        Assert.False(await IsTherapistOfAsync(harness, first, patient));
        var copy = await harness.QueryAsync(db => db.Programmes.SingleAsync(p => p.ProgrammeId == programme));
        Assert.Equal((2, ProgrammeCopyStatus.Active), (copy.Version, copy.Status));
    }

    [Fact]
    public async Task Status_changes_follow_the_programme_and_a_completed_one_keeps_its_patient_in_the_caseload()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var (programme, patient, therapist) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await harness.PublishAsync(Prescribed(programme, patient, therapist, 1));
        await harness.PublishAsync(new ProgrammeHeld(programme, patient, therapist, 2, "Red flag reported.", Guid.NewGuid(), Noon));
        Assert.Equal(ProgrammeCopyStatus.Held, await StatusAsync(harness, programme));
        await harness.PublishAsync(new ProgrammeResumed(programme, patient, therapist, 3, "Seen and cleared.", Noon));
        await harness.PublishAsync(new ProgrammePaused(programme, patient, therapist, 4, "Away for a week.", Noon));
        Assert.Equal(ProgrammeCopyStatus.Paused, await StatusAsync(harness, programme));
        await harness.PublishAsync(new ProgrammeCompleted(programme, patient, therapist, 5, "Goals met.", Noon));
        // Late news of an earlier version changes nothing.
        await harness.PublishAsync(new ProgrammeResumed(programme, patient, Guid.NewGuid(), 3, "Seen and cleared.", Noon));

        Assert.Equal(ProgrammeCopyStatus.Completed, await StatusAsync(harness, programme));
        Assert.True(await IsTherapistOfAsync(harness, therapist, patient));
        Assert.Equal(1, await harness.QueryAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task A_redelivered_event_changes_nothing()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var (programme, patient, therapist) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var messageId = Guid.NewGuid();

        await harness.PublishAsync(Prescribed(programme, patient, therapist, 1), messageId);
        await harness.RedeliverAsync(Prescribed(programme, patient, therapist, 1), messageId);

        Assert.Equal(1, await harness.QueryAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task Programmes_prescribed_together_each_enter_the_caseload_and_tell_their_patient_once()
    {
        await using var harness = await NotificationHarness.StartAsync(Noon);
        var therapist = Guid.NewGuid();
        var programmes = Enumerable.Range(0, 6).Select(_ => Prescribed(Guid.NewGuid(), Guid.NewGuid(), therapist, 1)).ToList();

        // The first programme's event comes twice, under two message ids, as a retried publish would send it.
        await harness.PublishAllAsync([.. programmes, programmes[0]]);

        Assert.Equal(programmes.Select(p => p.ProgrammeId).Order(), (await harness.QueryAsync(db => db.Programmes.Select(p => p.ProgrammeId).ToListAsync())).Order());
        foreach (var programme in programmes)
        {
            Assert.True(await IsTherapistOfAsync(harness, therapist, programme.PatientId));
        }
        var told = await harness.QueryAsync(db => db.Notifications.Select(n => n.RecipientId).ToListAsync());
        Assert.Equal(programmes.Select(p => p.PatientId).Order(), told.Order());
    }

    private static ProgrammePrescribed Prescribed(Guid programme, Guid patient, Guid therapist, int version) =>
        new(programme, patient, therapist, version, [], 14, Noon);

    private static ProgrammeAdjusted Adjusted(Guid programme, Guid patient, Guid therapist, int version) =>
        new(programme, patient, therapist, version, [], "Handed over.", null, Noon);

    private static Task<bool> IsTherapistOfAsync(NotificationHarness harness, Guid therapist, Guid patient) =>
        harness.QueryAsync(db => new CaseloadAccess(db).IsTherapistOfAsync(therapist, patient, CancellationToken.None));

    private static Task<string> StatusAsync(NotificationHarness harness, Guid programme) =>
        harness.QueryAsync(db => db.Programmes.Where(p => p.ProgrammeId == programme).Select(p => p.Status).SingleAsync());
}
