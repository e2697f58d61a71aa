using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Integration.Tests.Support;
using Notifications = Telehealth.Contracts.Notification.V1;
using Scheduling = Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// What a refused call could have changed, read as the rightful owners and counted in the
/// databases: programmes, suggestions, reports, outcomes, preferences, hours, appointments, the
/// read and acknowledged state of notifications, and every remembered write (processed_requests).
/// </summary>
internal sealed class WorldSnapshot
{
    // Notifications keep arriving (reminders, deliveries); only those already there must stay as they were.
    private const string InboxFact = "inbox ";

    /// <summary>The tables of each service's database that only its RPCs write, so background work never moves their counts.</summary>
    public static IReadOnlyDictionary<string, string[]> RpcWrittenTables { get; } = new Dictionary<string, string[]>
    {
        ["prescriptiondb"] = ["processed_requests", "exercises", "programmes", "programme_versions", "suggestions"],
        ["progressdb"] = ["processed_requests", "session_reports", "next_day_checks", "outcomes"],
        ["schedulingdb"] = ["processed_requests", "appointments", "availability", "preferences", "calendar_subscriptions"],
        ["notificationdb"] = ["processed_requests"],
    };

    private readonly SortedDictionary<string, string> _facts = new(StringComparer.Ordinal);

    private WorldSnapshot()
    {
    }

    public static async Task<WorldSnapshot> TakeAsync(ClinicalSystem system, AuthorizationWorld world)
    {
        var snapshot = new WorldSnapshot();
        foreach (var target in new[] { world.Own, world.Other })
        {
            await snapshot.ReadAsync(system, target);
        }
        foreach (var (database, tables) in RpcWrittenTables)
        {
            snapshot.Count(system, database, tables);
        }
        return snapshot;
    }

    /// <summary>Each fact that changed, as "fact: before → after".</summary>
    public IReadOnlyList<string> ChangesSince(WorldSnapshot before) =>
        before._facts.Keys.Union(_facts.Keys)
            .Where(key => !(key.StartsWith(InboxFact, StringComparison.Ordinal) && !before._facts.ContainsKey(key)))
            .Select(key => (key, was: before._facts.GetValueOrDefault(key, "(none)"), now: _facts.GetValueOrDefault(key, "(none)")))
            .Where(fact => fact.was != fact.now)
            .Select(fact => $"{fact.key}: {fact.was} → {fact.now}")
            .ToList();

    private async Task ReadAsync(ClinicalSystem system, PatientCase target)
    {
        var (patient, therapist) = (target.Patient, target.Therapist);
        var who = $"of patient {patient.Id}";

        var history = await system.Prescription.CallPolitelyAsync<GetProgrammeHistoryRequest, ProgrammeHistory>(
            "GetProgrammeHistory", new GetProgrammeHistoryRequest { ProgrammeId = target.ProgrammeId }, therapist);
        _facts[$"programme versions {who}"] = string.Join(", ", history.Versions.Select(v => $"{v.Version} {v.Status}"));
        var suggestions = await system.Prescription.CallPolitelyAsync<ListSuggestionsRequest, ListSuggestionsResponse>(
            "ListSuggestions", new ListSuggestionsRequest { PatientId = patient.Id.ToString() }, therapist);
        _facts[$"suggestions {who}"] = string.Join(", ", suggestions.Suggestions.OrderBy(s => s.SuggestionId).Select(s => $"{s.SuggestionId} {s.Status}"));

        var reports = await system.Progress.CallPolitelyAsync<ListSessionReportsRequest, ListSessionReportsResponse>(
            "ListSessionReports", new ListSessionReportsRequest { PatientId = patient.Id.ToString() }, therapist);
        _facts[$"session reports {who}"] = string.Join(", ", reports.Reports.Select(r => r.ReportId).Order());

        var schedule = await system.Scheduling.CallPolitelyAsync<Scheduling.GetPreferencesRequest, Scheduling.Preferences>(
            "GetPreferences", new Scheduling.GetPreferencesRequest { PatientId = patient.Id.ToString() }, patient);
        _facts[$"schedule preferences {who}"] = $"{schedule.TimeZone} updated {schedule.UpdatedAt}";
        var hours = await system.Scheduling.CallPolitelyAsync<Scheduling.GetAvailabilityRequest, Scheduling.Availability>(
            "GetAvailability", new Scheduling.GetAvailabilityRequest { TherapistId = therapist.Id.ToString() }, therapist);
        _facts[$"availability of therapist {therapist.Id}"] = $"updated {hours.UpdatedAt}";
        var diary = await system.Scheduling.CallPolitelyAsync<Scheduling.ListAppointmentsRequest, Scheduling.ListAppointmentsResponse>(
            "ListAppointments", new Scheduling.ListAppointmentsRequest { PatientId = patient.Id.ToString(), IncludeCancelled = true }, therapist);
        _facts[$"appointments {who}"] = string.Join(", ", diary.Appointments.OrderBy(a => a.AppointmentId).Select(a => $"{a.AppointmentId} {a.Status} {a.StartsAt} #{a.Sequence}"));

        var contact = await system.Notification.CallPolitelyAsync<Notifications.GetPreferencesRequest, Notifications.Preferences>(
            "GetPreferences", new Notifications.GetPreferencesRequest(), patient);
        _facts[$"notification preferences {who}"] = $"{contact.TimeZone} updated {contact.UpdatedAt}";
        await ReadInboxAsync(system, patient);
        await ReadInboxAsync(system, therapist);
    }

    private async Task ReadInboxAsync(ClinicalSystem system, TestCaller recipient)
    {
        var inbox = await system.Notification.CallPolitelyAsync<Notifications.ListNotificationsRequest, Notifications.ListNotificationsResponse>(
            "ListNotifications", new Notifications.ListNotificationsRequest { PageSize = 200 }, recipient);
        foreach (var notification in inbox.Notifications)
        {
            _facts[$"{InboxFact}{recipient.Role} {recipient.Id}: notification {notification.NotificationId}"] =
                $"read {notification.ReadAt?.ToString() ?? "never"}, acknowledged {notification.AcknowledgedAt?.ToString() ?? "never"}";
        }
    }

    private void Count(ClinicalSystem system, string database, params string[] tables)
    {
        foreach (var (table, rows) in DatabaseRows.CountAll(system.DatabaseFile(database), tables))
        {
            _facts[$"rows in {database}.{table}"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
