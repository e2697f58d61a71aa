using System.Globalization;
using System.Reflection;
using NodaTime;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;

namespace Telehealth.Notification.Tests.Composition;

public sealed class MessageCompositionTests
{
    private static readonly PublicText[] GenericTexts =
    [
        PublicText.PatientMessage, PublicText.PatientReminder, PublicText.PatientUrgent, PublicText.TherapistUpdate, PublicText.TherapistUrgent,
    ];

    // Words that would tell a mail server or an SMS gateway something about a person's health.
    private static readonly string[] ClinicalWords =
    [
        "pain", "flare", "saddle", "numb", "fever", "sciatica", "disc", "herniation", "bladder", "bowel", "oswestry", "odi",
        "adherence", "lumbar", "psoas", "bridge", "bird-dog", "extension", "hospital", "emergency", "kg", "reps",
    ];

    public static TheoryData<string> EventTypes => new(ClinicalEvents.All.Select(e => e.GetType().Name));

    // Who hears about what: the table the consumers implement.
    public static TheoryData<string, Audience[], Priority> Routing => new()
    {
        { nameof(RedFlagReported), [Audience.Therapist, Audience.Patient], Priority.Urgent },
        { nameof(PainFlareDetected), [Audience.Therapist], Priority.Normal },
        { nameof(AdherenceDropped), [Audience.Therapist], Priority.Normal },
        { nameof(SuggestionRecorded), [Audience.Therapist], Priority.Normal },
        { nameof(ReviewRequested), [Audience.Therapist], Priority.Normal },
        { nameof(OutcomeRecorded), [Audience.Therapist], Priority.Low },
        { nameof(ProgrammePrescribed), [Audience.Patient], Priority.Normal },
        { nameof(ProgrammeAdjusted), [Audience.Patient], Priority.Normal },
        { nameof(SessionReminderDue), [Audience.Patient], Priority.Normal },
        { nameof(MovementBreakDue), [Audience.Patient], Priority.Normal },
        { nameof(SessionMissed), [Audience.Patient], Priority.Low },
        { nameof(AppointmentBooked), [Audience.Patient, Audience.Therapist], Priority.Normal },
        { nameof(AppointmentRescheduled), [Audience.Patient, Audience.Therapist], Priority.Normal },
        { nameof(AppointmentCancelled), [Audience.Patient, Audience.Therapist], Priority.Normal },
        { nameof(AppointmentReminderDue), [Audience.Patient, Audience.Therapist], Priority.Normal },
    };

    [Theory]
    [MemberData(nameof(Routing))]
    public void Each_event_reaches_the_right_people_at_the_right_priority(string eventType, Audience[] audiences, Priority priority)
    {
        var composed = Compose.Any(Event(eventType));

        Assert.Equal(audiences, composed.Select(c => c.Audience));
        Assert.All(composed, c => Assert.Equal(priority, c.Priority));
        Assert.All(composed, c => Assert.Equal(c.Audience == Audience.Patient ? ClinicalEvents.Patient : ClinicalEvents.Therapist, c.RecipientId));
        Assert.All(composed, c => Assert.Equal(ClinicalEvents.Patient, c.PatientId));
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Email_and_webhook_text_is_one_of_the_generic_texts_and_carries_nothing_from_the_event(string eventType)
    {
        var e = Event(eventType);
        foreach (var composed in Compose.Any(e))
        {
            var text = composed.Public.Subject + " " + composed.Public.Body;
            Assert.Contains(composed.Public, GenericTexts);
            foreach (var value in DetailsOf(e))
            {
                Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
            }
            foreach (var word in ClinicalWords)
            {
                Assert.DoesNotContain(word, text.Replace("red flag", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Generic_texts_are_plain_ascii_without_figures_so_sms_gateways_send_them_as_they_are()
    {
        var texts = GenericTexts.SelectMany(t => new[] { t.Subject, t.Body })
            .Concat([PublicText.Digest(Audience.Patient, 4).Subject, PublicText.Escalation(Guid.NewGuid(), TimeSpan.FromMinutes(15)).Subject]);
        Assert.All(texts, text => Assert.True(text.All(char.IsAscii), text));
        Assert.All(GenericTexts, t => Assert.DoesNotContain(t.Body, char.IsDigit));
    }

    [Fact]
    public void The_therapist_sees_which_red_flags_in_the_app_and_must_acknowledge()
    {
        var composed = Compose.Any(ClinicalEvents.All.OfType<RedFlagReported>().Single());

        var therapist = composed.Single(c => c.Audience == Audience.Therapist);
        Assert.True(therapist.RequiresAcknowledgement);
        Assert.Contains("new saddle numbness, fever", therapist.Body);
        Assert.Same(PublicText.TherapistUrgent, therapist.Public);
    }

    [Fact]
    public void The_patient_gets_the_rules_advice_in_the_app_without_an_acknowledgement_to_give()
    {
        var redFlag = ClinicalEvents.All.OfType<RedFlagReported>().Single();
        var patient = Compose.Any(redFlag).Single(c => c.Audience == Audience.Patient);

        Assert.Equal(redFlag.PatientAdvice, patient.Body);
        Assert.False(patient.RequiresAcknowledgement);
        Assert.Same(PublicText.PatientUrgent, patient.Public);
    }

    [Fact]
    public void Private_in_app_text_carries_the_clinical_detail_the_therapist_needs()
    {
        var flare = Compose.Any(ClinicalEvents.All.OfType<PainFlareDetected>().Single()).Single();
        Assert.Contains("from 3 to 8/10", flare.Body);
        Assert.Contains("cable trunk extension", flare.Body);

        var outcome = Compose.Any(ClinicalEvents.All.OfType<OutcomeRecorded>().Single()).Single();
        Assert.Equal("OswestryDisabilityIndex scored 32.5 (-12 from baseline, a minimal important change).", outcome.Body);
    }

    [Fact]
    public void Times_are_written_on_the_recipients_own_clock_across_daylight_saving()
    {
        var startsAt = new DateTimeOffset(2026, 3, 29, 17, 0, 0, TimeSpan.Zero); // the first evening of British Summer Time
        var reminder = new SessionReminderDue(Guid.NewGuid(), ClinicalEvents.Patient, Guid.NewGuid(), Guid.NewGuid(), startsAt, "", startsAt, startsAt);
        var booked = new AppointmentBooked(Guid.NewGuid(), ClinicalEvents.Patient, ClinicalEvents.Therapist, startsAt, startsAt.AddMinutes(30), "", false, startsAt);
        var zones = new Dictionary<Guid, DateTimeZone>
        {
            [ClinicalEvents.Patient] = DateTimeZoneProviders.Tzdb["Europe/London"],
            [ClinicalEvents.Therapist] = DateTimeZoneProviders.Tzdb["America/New_York"],
        };

        Assert.Contains("starts at 18:00", Reminders.Compose(reminder, zones[ClinicalEvents.Patient]).Single().Body);
        var both = Appointments.Compose(booked, id => zones[id]);
        Assert.Contains("Sun 29 Mar 18:00", both[0].Body);
        Assert.Contains("Sun 29 Mar 13:00", both[1].Body);
    }

    [Fact]
    public void A_reminder_uses_the_zone_scheduling_named_over_the_recipients_preference()
    {
        var startsAt = new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);
        var reminder = new SessionReminderDue(Guid.NewGuid(), ClinicalEvents.Patient, Guid.NewGuid(), Guid.NewGuid(), startsAt, "Australia/Sydney", startsAt, startsAt);

        Assert.Contains("starts at 18:00", Reminders.Compose(reminder, DateTimeZone.Utc).Single().Body);
    }

    [Fact]
    public void Red_flags_added_to_progress_later_still_read_as_words()
    {
        Assert.Equal("pain in both legs, sudden foot drop", RedFlagNames.Describe(["PainInBothLegs", "SuddenFootDrop"]));
    }

    private static object Event(string type) => ClinicalEvents.All.Single(e => e.GetType().Name == type);

    // Every text and figure the event carries, except ids and times.
    private static IEnumerable<string> DetailsOf(object e)
    {
        foreach (var property in e.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            switch (property.GetValue(e))
            {
                case string { Length: >= 3 } text:
                    yield return text;
                    break;
                case IEnumerable<string> texts:
                    foreach (var text in texts)
                    {
                        yield return text;
                    }
                    break;
                case IEnumerable<Contracts.Events.V1.ProgrammeItemSnapshot> items:
                    foreach (var item in items)
                    {
                        yield return item.ExerciseName;
                    }
                    break;
                case int number when property.Name.Contains("Pain", StringComparison.Ordinal):
                    yield return number.ToString(CultureInfo.InvariantCulture);
                    break;
                case double figure:
                    yield return figure.ToString("0.#", CultureInfo.InvariantCulture);
                    break;
            }
        }
    }
}
