using System.Globalization;
using System.Text.Json;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.ServiceDefaults.Api;

namespace Telehealth.Cli.Tests.RealServices;

/// <summary>
/// Issue #13, finding 9, on the real services: a therapist's day at the command line, from setting
/// weekly hours to correcting a report, with ids given by the start that the tables show.
/// </summary>
public sealed class TherapistDayTests(RunningServices services) : IClassFixture<RunningServices>
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Weekly_hours_let_first_free_book_and_the_review_is_moved_and_cancelled_by_its_short_id()
    {
        var (therapist, patient) = (Guid.NewGuid(), Guid.NewGuid());
        using var cli = services.Cli(CallerRole.Therapist, therapist);
        await PrescribeAsync(cli, patient);

        // Without hours there is no free time, once scheduling knows the patient is in this caseload.
        await Eventually.RunAsync(cli, r => r.Error.Contains("No free time for a review"), "that no free time exists before hours are set", services,
            "therapist", "book-review", "--patient", patient.ToString(), "--first-free");

        var set = await cli.RunAsync("therapist", "availability", "set", "--days", "mon-sun", "--from", "08:00", "--to", "16:00", "--time-zone", "UTC");
        Assert.True(set.ExitCode == 0, set.ToString());
        var shown = await cli.RunAsync("therapist", "availability", "show");
        Assert.Contains("Weekly hours (UTC)", shown.Out);
        Assert.Contains("│ sun │ 08:00–16:00 │", shown.Out);

        var booked = await cli.RunAsync("therapist", "book-review", "--patient", patient.ToString()[..8], "--first-free", "--reason", "Two-week review", "--json");
        Assert.True(booked.ExitCode == 0, booked + services.Output());
        var appointmentId = booked.Json().GetProperty("appointmentId").GetString()!;
        var starts = Instant(booked.Json().GetProperty("startsAt"));
        Assert.InRange(starts.Hour, 8, 15);

        var listed = await cli.RunAsync("therapist", "appointments");
        Assert.True(listed.ExitCode == 0, listed.ToString());
        var row = Assert.Single(listed.Out.Split('\n'), line => line.Contains(appointmentId[..8]));
        Assert.Contains(patient.ToString()[..8], row);
        Assert.Contains("Two-week review", row);

        var moved = await cli.RunAsync("therapist", "reschedule", appointmentId[..8], "--at", starts.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture), "--reason", "Clinic closed");
        Assert.True(moved.ExitCode == 0, moved + services.Output());
        Assert.Contains($"Moved review {appointmentId}", moved.Out);
        var afterMove = Single(await cli.RunAsync("therapist", "appointments", "--json"), appointmentId);
        Assert.Equal(starts.AddDays(1), Instant(afterMove.GetProperty("startsAt")));
        Assert.Equal(starts.AddDays(1).AddMinutes(30), Instant(afterMove.GetProperty("endsAt")));
        Assert.Equal(1, afterMove.GetProperty("sequence").GetInt32());

        var cancelled = await cli.RunAsync("therapist", "cancel-review", appointmentId[..8], "--reason", "Patient discharged");
        Assert.True(cancelled.ExitCode == 0, cancelled + services.Output());
        Assert.Contains("Cancelled because: Patient discharged", cancelled.Out);
        Assert.Equal(0, (await cli.RunAsync("therapist", "appointments", "--json")).Json().GetProperty("appointments").GetArrayLength());
        var withCancelled = Single(await cli.RunAsync("therapist", "appointments", "--all", "--json"), appointmentId);
        Assert.Equal("APPOINTMENT_STATUS_CANCELLED", withCancelled.GetProperty("status").GetString());

        // The therapist's inbox says which patient each notification is about.
        var inbox = await Eventually.RunAsync(cli, r => r.Out.Contains("Review cancelled"), "the cancellation in the therapist's inbox", services,
            "therapist", "notifications");
        var notice = inbox.Out.Split('\n').First(line => line.Contains("Review cancelled"));
        Assert.Contains(patient.ToString()[..8], notice);
        Assert.Contains("Patient", inbox.Out.Split('\n').First(line => line.Contains("Priority")));
    }

    [Fact]
    public async Task An_added_exercise_is_found_by_search_and_only_by_its_therapist()
    {
        var name = $"Pallof press {Guid.NewGuid():N}"[..20];
        using var cli = services.Cli(CallerRole.Therapist, Guid.NewGuid());
        using var colleague = services.Cli(CallerRole.Therapist, Guid.NewGuid());

        var added = await cli.RunAsync("therapist", "exercises", "add", "--name", name, "--category", "lumbar-strengthening",
            "--purpose", "Anti-rotation trunk control", "--instructions", "Stand side-on to the cable, press out, hold, return.",
            "--contraindication", "Acute shoulder pain", "--load-step", "2.5", "--json");
        Assert.True(added.ExitCode == 0, added + services.Output());
        var exerciseId = added.Json().GetProperty("exerciseId").GetString()!;

        var found = await cli.RunAsync("therapist", "exercises", "search", "pallof", "--category", "lumbar-strengthening");
        Assert.True(found.ExitCode == 0, found.ToString());
        var row = Assert.Single(found.Out.Split('\n'), line => line.Contains(name));
        Assert.Contains(exerciseId[..8], row);
        Assert.Contains("own", row);
        Assert.Contains("2.5 kg", row);
        Assert.DoesNotContain(name, (await colleague.RunAsync("therapist", "exercises", "search", "pallof")).Out);
    }

    [Fact]
    public async Task A_patient_reports_a_session_then_corrects_it_by_its_short_id()
    {
        var (therapist, patient) = (Guid.NewGuid(), Guid.NewGuid());
        using var prescriber = services.Cli(CallerRole.Therapist, therapist);
        using var cli = services.Cli(CallerRole.Patient, patient);
        await PrescribeAsync(prescriber, patient);

        // Exercises are numbered from 1, as the patient app numbers them.
        var programme = await cli.RunAsync("patient", "programme");
        Assert.True(programme.ExitCode == 0, programme.ToString());
        Assert.Contains(programme.Out.Split('\n'), line => line.StartsWith("│ 1 ", StringComparison.Ordinal));
        Assert.DoesNotContain(programme.Out.Split('\n'), line => line.StartsWith("│ 0 ", StringComparison.Ordinal));

        await Eventually.RunAsync(cli, r => r.ExitCode == 0, "the report accepted once progress knows the programme", services,
            "patient", "report", "--pain-before", "2", "--pain-after", "2", "--all-done", "--effort", "5", "--no-red-flags", "--notes", "Fine");
        var reports = await cli.RunAsync("patient", "reports", "--json");
        var report = Assert.Single(reports.Json().GetProperty("reports").EnumerateArray());
        var reportId = report.GetProperty("reportId").GetString()!;
        Assert.Contains(reportId[..8], (await cli.RunAsync("patient", "reports")).Out);

        var corrected = await cli.RunAsync("patient", "reports", "correct", reportId[..8], "--pain-before", "2", "--pain-after", "3",
            "--all-done", "--effort", "6", "--notes", "It hurt a little more", "--reason", "I typed the wrong pain after");
        Assert.True(corrected.ExitCode == 0, corrected + services.Output());
        Assert.Contains($"Report {reportId} corrected at", corrected.Out);

        var after = Assert.Single((await cli.RunAsync("patient", "reports", "--json")).Json().GetProperty("reports").EnumerateArray());
        Assert.Equal(3, after.GetProperty("painAfter").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("correctedAt").ValueKind);
    }

    [Fact]
    public async Task The_calendar_address_serves_an_icalendar_feed_until_it_is_rotated()
    {
        using var cli = services.Cli(CallerRole.Patient, Guid.NewGuid());

        var first = await cli.RunAsync("patient", "calendar-url");
        Assert.True(first.ExitCode == 0, first + services.Output());
        var url = first.Out.Trim();
        Assert.StartsWith($"{services.Scheduling.HttpAddress.ToString().TrimEnd('/')}/calendar/", url);
        using (var feed = await Http.GetAsync(url))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, feed.StatusCode);
            Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("BEGIN:VCALENDAR", await feed.Content.ReadAsStringAsync());
        }

        var rotated = await cli.RunAsync("patient", "calendar-url", "--rotate");
        Assert.True(rotated.ExitCode == 0, rotated.ToString());
        Assert.NotEqual(url, rotated.Out.Trim());
        using var old = await Http.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, old.StatusCode);
        using var current = await Http.GetAsync(rotated.Out.Trim());
        Assert.Equal(System.Net.HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task Refusals_say_whom_the_command_is_for()
    {
        using var operatorCli = services.Cli(CallerRole.Operator, Guid.NewGuid());
        using var patientCli = services.Cli(CallerRole.Patient, Guid.NewGuid());
        using var therapistCli = services.Cli(CallerRole.Therapist, Guid.NewGuid());

        var triage = await operatorCli.RunAsync("therapist", "triage");
        var appointments = await patientCli.RunAsync("therapist", "appointments");
        var calendar = await therapistCli.RunAsync("patient", "calendar-url");

        Assert.Equal(3, triage.ExitCode);
        Assert.Equal("Error: Triage is for therapists: the token's role is operator.", triage.Error.Trim());
        Assert.Equal(3, appointments.ExitCode);
        Assert.Equal("Error: The appointment list is for therapists: the token's role is patient.", appointments.Error.Trim());
        Assert.Equal(3, calendar.ExitCode);
        Assert.Equal("Error: The calendar feed is for patients: the token's role is therapist.", calendar.Error.Trim());
    }

    private async Task PrescribeAsync(CliRunner therapist, Guid patient)
    {
        var templates = await therapist.RunAsync("therapist", "templates", "list", "--json");
        Assert.True(templates.ExitCode == 0, templates + services.Output());
        var template = templates.Json().GetProperty("templates")[0].GetProperty("templateId").GetString()!;
        var prescribed = await therapist.RunAsync("therapist", "prescribe", "--patient", patient.ToString(), "--template", template[..8], "--reason", "Chronic low back pain, start with control");
        Assert.True(prescribed.ExitCode == 0, prescribed + services.Output());
    }

    private static JsonElement Single(CliResult result, string appointmentId)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return Assert.Single(result.Json().GetProperty("appointments").EnumerateArray(), a => a.GetProperty("appointmentId").GetString() == appointmentId);
    }

    private static DateTimeOffset Instant(JsonElement timestamp) =>
        DateTimeOffset.Parse(timestamp.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
