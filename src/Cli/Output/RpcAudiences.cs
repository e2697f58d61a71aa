namespace Telehealth.Cli.Output;

/// <summary>
/// Who each RPC the command line calls is for, as the services decide it (their [Authorize] policies
/// and use cases), so a refusal can say so in the caller's terms: "Triage is for therapists: the
/// token's role is operator." RPCs open to every role, whose refusals are about whose record it is,
/// are not listed.
/// </summary>
internal static class RpcAudiences
{
    private static readonly string[] Therapists = ["therapist"];
    private static readonly string[] Patients = ["patient"];
    private static readonly string[] PatientsAndTherapists = ["patient", "therapist"];

    private static readonly Dictionary<string, RpcAudience> ByMethod = new(StringComparer.Ordinal)
    {
        ["SearchExercises"] = new("The exercise library", Therapists),
        ["AddExercise"] = new("The exercise library", Therapists),
        ["ListTemplates"] = new("Programme templates", Therapists),
        ["PrescribeProgramme"] = new("Prescribing", Therapists),
        ["AdjustProgramme"] = new("Adjusting a programme", Therapists),
        ["ChangeProgrammeStatus"] = new("Pausing, resuming or completing a programme", Therapists),
        ["ListCaseload"] = new("The caseload", Therapists),
        ["ListSuggestions"] = new("Suggestions", Therapists),
        ["DecideSuggestion"] = new("Deciding suggestions", Therapists),
        ["GetTriage"] = new("Triage", Therapists),
        ["SetAvailability"] = new("Setting availability", Therapists),
        ["ListAppointments"] = new("The appointment list", Therapists),
        ["BookAppointment"] = new("Booking a review", PatientsAndTherapists),
        ["RescheduleAppointment"] = new("Rescheduling a review", PatientsAndTherapists),
        ["CancelAppointment"] = new("Cancelling a review", PatientsAndTherapists),
        ["FindFreeSlots"] = new("Finding a free time", PatientsAndTherapists),
        ["SubmitSessionReport"] = new("Reporting a session", Patients),
        ["CorrectSessionReport"] = new("Correcting a session report", Patients),
        ["SubmitNextDayPainCheck"] = new("The next-day pain check", Patients),
        ["SubmitOutcomeMeasure"] = new("The ODI questionnaire", Patients),
        ["GetCalendarFeed"] = new("The calendar feed", Patients),
        ["ListNotifications"] = new("The inbox", PatientsAndTherapists),
        ["MarkRead"] = new("The inbox", PatientsAndTherapists),
        ["Acknowledge"] = new("The inbox", PatientsAndTherapists),
        ["Subscribe"] = new("The inbox", PatientsAndTherapists),
    };

    public static RpcAudience? Of(string method) => ByMethod.GetValueOrDefault(method);
}
