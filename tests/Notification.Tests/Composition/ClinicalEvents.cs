using Telehealth.Contracts.Events.V1;

namespace Telehealth.Notification.Tests.Composition;

/// <summary>One of every consumed event, filled with clinical detail that must never reach a public channel.</summary>
internal static class ClinicalEvents
{
    public static readonly Guid Patient = Guid.Parse("6f2d1b1e-0000-4000-8000-000000000001");
    public static readonly Guid Therapist = Guid.Parse("6f2d1b1e-0000-4000-8000-000000000002");
    public static readonly DateTimeOffset At = new(2026, 3, 3, 17, 30, 0, TimeSpan.Zero);

    public static IReadOnlyList<object> All { get; } =
    [
        new RedFlagReported(Guid.NewGuid(), Patient, Therapist, ["NewSaddleNumbness", "Fever"], "Go to the emergency department now: saddle numbness with back pain can be serious.", At),
        new PainFlareDetected(Guid.NewGuid(), Patient, Therapist, Guid.NewGuid(), 3, 8, "Pain rose by 5 points after cable trunk extension.", At),
        new AdherenceDropped(Patient, Therapist, Guid.NewGuid(), 0.37, 14, At),
        new SuggestionRecorded(Guid.NewGuid(), Guid.NewGuid(), Patient, Therapist, Guid.NewGuid(), true, "Shoulder bridge: 22.5 kg → 20 kg", "Shoulder bridge hurt: back to 20 kg.", null, At),
        new ReviewRequested(Guid.NewGuid(), Patient, Therapist, "Flare after isolated lumbar extension, sciatica symptoms.", true, At, Guid.NewGuid()),
        new OutcomeRecorded(Guid.NewGuid(), Patient, Therapist, "OswestryDisabilityIndex", 32.5, -12, true, At),
        new ProgrammePrescribed(Guid.NewGuid(), Patient, Therapist, 1, [Item("Isolated lumbar extension")], 14, At),
        new ProgrammeAdjusted(Guid.NewGuid(), Patient, Therapist, 3, [Item("Psoas stretch")], "Load lowered after the disc herniation flare.", null, At),
        new SessionReminderDue(Guid.NewGuid(), Patient, Guid.NewGuid(), Guid.NewGuid(), At.AddMinutes(30), "Europe/London", At, At),
        new MovementBreakDue(Guid.NewGuid(), Patient, At, At),
        new SessionMissed(Guid.NewGuid(), Patient, Guid.NewGuid(), At.AddHours(-3), At),
        new AppointmentBooked(Guid.NewGuid(), Patient, Therapist, At.AddDays(2), At.AddDays(2).AddMinutes(30), "Discuss the sciatica and numbness.", true, At),
        new AppointmentRescheduled(Guid.NewGuid(), Patient, Therapist, At.AddDays(2), At.AddDays(3), At.AddDays(3).AddMinutes(30), At),
        new AppointmentCancelled(Guid.NewGuid(), Patient, Therapist, At.AddDays(3), "Patient admitted to hospital with fever.", At),
        new AppointmentReminderDue(Guid.NewGuid(), Guid.NewGuid(), Patient, Therapist, At.AddMinutes(15), TimeSpan.FromMinutes(15), At, At),
    ];

    private static DosageSnapshot Dosage() => new(3, 8, 12, null, 22.5m, null, 3, [DayOfWeek.Monday], null, null, null);

    private static ProgrammeItemSnapshot Item(string name) =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, "LumbarStrengthening", Dosage(), 0.5m, false, null, null, null);
}
