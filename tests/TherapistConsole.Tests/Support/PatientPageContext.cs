using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.TherapistConsole.Components.Pages;

namespace Telehealth.TherapistConsole.Tests.Support;

/// <summary>
/// A patient in the signed-in therapist's caseload as the services answer about them: a programme
/// at version 1 with a pending step back, two reports (one a flare), adherence, an alert and no review booked.
/// Tests change the answers they are about.
/// </summary>
public abstract class PatientPageContext : ConsoleContext
{
    protected static readonly Guid Patient = Guid.Parse("a0000000-0000-4000-8000-00000000000a");

    protected Programme CurrentProgramme { get; set; }

    protected ListSuggestionsResponse CurrentSuggestions { get; set; }

    protected PatientSummary Summary { get; }

    protected PatientPageContext()
    {
        var patient = Patient.ToString();
        Summary = new PatientSummary
        {
            PatientId = patient,
            Adherence7Days = 0.857,
            MonitoringDays30 = 9,
            MonitoringOnTrack = true,
            Alerts = { "Pain flare: Pain rose by 4 points (2 → 6) during the session." },
        };
        CurrentProgramme = Records.Programme(patient, Therapist, version: 1, holdSeconds: 10);
        CurrentSuggestions = new ListSuggestionsResponse { Suggestions = { Records.Suggestion(patient) } };
        Fake.Answer<GetActiveProgrammeRequest, Programme>("GetActiveProgramme", _ => CurrentProgramme)
            .Answer<GetProgrammeHistoryRequest, ProgrammeHistory>("GetProgrammeHistory", _ => History(CurrentProgramme.Version))
            .Answer<ListSuggestionsRequest, ListSuggestionsResponse>("ListSuggestions", _ => CurrentSuggestions)
            .Answer<ListSessionReportsRequest, ListSessionReportsResponse>("ListSessionReports", _ => new ListSessionReportsResponse
            {
                Reports =
                {
                    Report(Records.At.AddMinutes(-10), 2, 6),
                    Report(Records.At.AddDays(-2), 2, 2),
                },
            })
            .Answer<GetPatientSummaryRequest, PatientSummary>("GetPatientSummary", _ => Summary)
            .Answer<ListAppointmentsRequest, ListAppointmentsResponse>("ListAppointments", _ => new ListAppointmentsResponse());
    }

    protected IRenderedComponent<PatientPage> RenderPage() => Render<PatientPage>(parameters => parameters.Add(p => p.PatientId, Patient));

    protected ProgrammeHistory History(int current)
    {
        var history = new ProgrammeHistory { ProgrammeId = CurrentProgramme.ProgrammeId };
        history.Versions.Add(new ProgrammeVersionSummary
        {
            Version = 1,
            ChangedAt = Timestamp.FromDateTimeOffset(Records.At),
            ChangedBy = $"therapist {Therapist}",
            Reason = "First phase",
            Status = ProgrammeStatus.Active,
            Changes = { "+ Transversus abdominis drawing-in: 3 × 8–10 reps, hold 10 s" },
            Current = current == 1,
        });
        if (current == 2)
        {
            history.Versions.Add(new ProgrammeVersionSummary
            {
                Version = 2,
                ChangedAt = Timestamp.FromDateTimeOffset(Records.At.AddMinutes(5)),
                ChangedBy = $"therapist {Therapist}",
                Reason = "Regression suggestion approved",
                Status = ProgrammeStatus.Active,
                Changes = { "~ Transversus abdominis drawing-in: dosage.hold_seconds 10 → 9" },
                Current = true,
            });
        }
        return history;
    }

    protected static SessionReportSummary Report(DateTimeOffset at, int before, int after) => new()
    {
        ReportId = Guid.NewGuid().ToString(),
        PerformedAt = Timestamp.FromDateTimeOffset(at),
        PainBefore = before,
        PainAfter = after,
        ExercisesDone = 1,
    };
}
