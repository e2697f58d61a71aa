using System.Globalization;

namespace Telehealth.Benchmarks.Load;

/// <summary>The table at the end of a run: the figures, then each target met or missed.</summary>
public static class Report
{
    public const double TargetReportsPerSecond = 1_000;
    public const double TargetReportP99Milliseconds = 50;
    public const double TargetReadP99Milliseconds = 20;
    public const double TargetAlertP99Milliseconds = 250;
    public const double TargetCpuSecondsPerThousand = 2;
    public const double TargetSetupPerSecond = 500;
    public const double TargetProgressRssMiB = 300;
    public const int TargetReminders = 10_000;

    public static void Print(LoadSettings settings, SetupResult setup, ReminderResult? reminders, LoadResult load,
        Dictionary<string, double> peakMemory, string orchestration, TimeSpan elapsed, string loadBefore, string loadAfter)
    {
        var window = load.Window.TotalSeconds;
        var reportsPerSecond = load.Reports / window;
        Console.WriteLine();
        Console.WriteLine($"{settings.Patients:N0} patients over {settings.Therapists} therapists ({setup.Templates} templates in turn); " +
            (settings.Rate > 0
                ? $"offered {settings.Rate:N0} reports/s + {settings.Rate * settings.ReadsPerReport:N0} GetActiveProgramme/s"
                : $"closed loop, {settings.MaxInFlight} callers") +
            $" for {window:F0} s after {settings.Warmup.TotalSeconds:F0} s of warm-up; {settings.FlarePercent:G}% of reports are pain flares");
        Console.WriteLine();
        Console.WriteLine($"{"figure",-56} {"value",24}");
        Row("reports/s sustained (answered OK in the window)", $"{reportsPerSecond:N0}");
        Row("GetActiveProgramme/s (answered OK)", $"{load.Reads / window:N0}");
        Row("SubmitSessionReport p50 / p95 / p99 ms", Triple(load.ReportLatency));
        Row("GetActiveProgramme p50 / p95 / p99 ms", Triple(load.ReadLatency));
        Row("report -> therapist alert p50 / p95 / p99 ms", Triple(load.AlertLatency));
        Row("  alerts: flares sent / arrived / lost", $"{load.FlaresSent:N0} / {load.AlertLatency.Count:N0} / {load.AlertsLost:N0}");
        Row("  flare reports answered p50 / p95 / p99 ms", Triple(load.FlareReportLatency));
        Row("  alert after its report's answer p50 / p95 / p99 ms", Triple(load.AlertAfterAnswer));
        if (reminders is not null)
        {
            Row($"reminder lateness p50 / p99 / max s ({reminders.Reminders:N0} due at once)", TripleSeconds(reminders.Lateness, max: true));
            Row("  reminder event left scheduling p50 / p99 / max s", TripleSeconds(reminders.Published, max: true));
            Row("  reminder in the patient's inbox p50 / p99 / max s", TripleSeconds(reminders.Inbox, max: true));
            Row("  planned / fired / missing from inboxes", $"{reminders.Planned:N0} / {reminders.Lateness.Count:N0} / {reminders.Inbox.Missing:N0}");
        }
        Row("setup: programmes prescribed / known downstream per s", $"{setup.PrescribedPerSecond:N0} / {setup.KnownPerSecond:N0}");
        Console.WriteLine();

        Console.WriteLine($"{"process",-14} {"CPU s/1000 reports",19} {"CPU % of a core",16} {"peak RSS MiB",13}");
        foreach (var (name, seconds) in load.CpuSeconds)
        {
            var perThousand = load.ReportsCharged > 0 ? seconds / (load.ReportsCharged / 1000.0) : double.NaN;
            var busy = seconds / (window + load.Drain.TotalSeconds) * 100;
            Console.WriteLine($"{name,-14} {perThousand,19:F2} {busy,16:F0} {peakMemory.GetValueOrDefault(name),13:F0}");
        }
        var services = RunningSystem.ServiceNames.Sum(n => load.CpuSeconds.GetValueOrDefault(n));
        Console.WriteLine($"{"4 services",-14} {(load.ReportsCharged > 0 ? services / (load.ReportsCharged / 1000.0) : double.NaN),19:F2}");
        Console.WriteLine($"(CPU from the start of the window until the services were quiet again, {load.Drain.TotalSeconds:F0} s after it{(load.Quiet ? "" : ", or gave up waiting")},");
        Console.WriteLine($" over the {load.ReportsCharged:N0} reports answered meanwhile, with their reads and everything they set off downstream; peak RSS over the whole run)");
        if (load.CpuSeconds.ContainsKey("orchestration"))
        {
            Console.WriteLine($"(orchestration: {orchestration}, summed; the broker: the Erlang VM with its helpers and epmd)");
        }
        Console.WriteLine();

        Console.WriteLine($"{"target",-56} {"measured",12} {"",10}");
        Target($"reports/s >= {TargetReportsPerSecond:N0}", $"{reportsPerSecond:N0}", reportsPerSecond >= TargetReportsPerSecond);
        var reportP99 = load.ReportLatency.Percentile(99);
        Target($"p99 SubmitSessionReport < {TargetReportP99Milliseconds:N0} ms", Milliseconds(reportP99), reportP99 < TargetReportP99Milliseconds);
        var readP99 = load.ReadLatency.Percentile(99);
        Target($"p99 GetActiveProgramme < {TargetReadP99Milliseconds:N0} ms", Milliseconds(readP99), readP99 < TargetReadP99Milliseconds);
        var alertP99 = load.AlertLatency.Percentile(99);
        Target($"p99 report -> therapist alert < {TargetAlertP99Milliseconds:N0} ms", Milliseconds(alertP99), alertP99 < TargetAlertP99Milliseconds);
        var cpuPerThousand = load.ReportsCharged > 0 ? services / (load.ReportsCharged / 1000.0) : double.NaN;
        Target($"CPU s per 1,000 reports, 4 services <= {TargetCpuSecondsPerThousand:N0}", $"{cpuPerThousand:F2}", cpuPerThousand <= TargetCpuSecondsPerThousand);
        Target($"programmes prescribed per s >= {TargetSetupPerSecond:N0}", $"{setup.PrescribedPerSecond:N0}", setup.PrescribedPerSecond >= TargetSetupPerSecond);
        Target($"programmes known downstream per s >= {TargetSetupPerSecond:N0}", $"{setup.KnownPerSecond:N0}", setup.KnownPerSecond >= TargetSetupPerSecond);
        if (reminders is not null)
        {
            // The issue's targets: 2,000 due at once fire within 0.5 s and reach the inboxes within
            // 2 s; 10,000 within 1 s and 3 s.
            var (fired, inbox) = reminders.Reminders >= TargetReminders ? (1.0, 3.0) : (0.5, 2.0);
            var valid = reminders.Margin > TimeSpan.Zero;
            var reminderP99 = reminders.Lateness.Percentile(99) / 1000;
            Target($"p99 reminder fired < {fired:G} s ({reminders.Reminders:N0} due at once)", Seconds(reminderP99), valid && reminderP99 < fired);
            var inboxP99 = reminders.Inbox.Percentile(99) / 1000;
            Target($"p99 reminder in the inbox < {inbox:G} s", Seconds(inboxP99), valid && reminders.Inbox.Missing == 0 && inboxP99 < inbox);
            if (reminders.Reminders != 2_000 && reminders.Reminders < TargetReminders)
            {
                Console.WriteLine($"  (the targets are for 2,000 or {TargetReminders:N0} due at once, e.g. PATIENTS={TargetReminders} REMINDERS={TargetReminders})");
            }
            if (!valid)
            {
                Console.WriteLine($"  (not valid: preferences were still being set {-reminders.Margin.TotalSeconds:F0} s after the reminders fell due; raise REMINDER_SLACK)");
            }
        }
        var progressRss = peakMemory.GetValueOrDefault("progress");
        Target($"progress peak RSS < {TargetProgressRssMiB:N0} MiB", $"{progressRss:F0}", progressRss < TargetProgressRssMiB);
        Console.WriteLine();

        if (load.Errors.Count > 0)
        {
            Console.WriteLine("errors: " + string.Join(", ", load.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value:N0}")));
        }
        if (load.RetriedAfterRefusal.Count > 0)
        {
            Console.WriteLine("refused with RESOURCE_EXHAUSTED and sent again after the wait asked for: " + string.Join(", ", load.RetriedAfterRefusal.OrderByDescending(e => e.Key).Select(e => $"{e.Key} {e.Value:N0}")));
        }
        if (!Rpc.ServerErrors.IsEmpty)
        {
            Console.WriteLine("server errors met while setting up, retried with the same request id: " + string.Join(", ", Rpc.ServerErrors.Select(e => $"{e.Key} {e.Value:N0}")));
        }
        if (load.FlaresNotAlerted > 0 || load.AlertsUnmatched > 0 || load.StreamFailures > 0)
        {
            Console.WriteLine($"alert anomalies: {load.FlaresNotAlerted} flare answers without therapist_alerted, {load.AlertsUnmatched} PAIN_FLARE notifications matching no report, {load.StreamFailures} Subscribe streams failed");
        }
        if (load.MaxBehind > 0)
        {
            Console.WriteLine($"the generator fell up to {load.MaxBehind:N0} calls behind its schedule (MAX_IN_FLIGHT={settings.MaxInFlight} reached, or its own CPU starved)");
        }
        Console.WriteLine("therapists' notifications in the window: " + string.Join(", ", load.NotificationKinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value:N0}")));
        Console.WriteLine($"run took {elapsed.TotalMinutes:F1} min; load average before/after: {loadBefore}/{loadAfter} on {Environment.ProcessorCount} cores (other work on the machine moves every figure)");
    }

    private static void Row(string figure, string value) => Console.WriteLine($"{figure,-56} {value,24}");

    private static void Target(string target, string measured, bool met) =>
        Console.WriteLine($"{target,-56} {measured,12} {(met ? "met" : "MISSED"),10}");

    private static string Triple(Latencies latencies) =>
        $"{Milliseconds(latencies.Percentile(50))} / {Milliseconds(latencies.Percentile(95))} / {Milliseconds(latencies.Percentile(99))}";

    private static string TripleSeconds(Latencies latencies, bool max) =>
        $"{Seconds(latencies.Percentile(50) / 1000)} / {Seconds(latencies.Percentile(99) / 1000)}" + (max ? $" / {Seconds(latencies.Max() / 1000)}" : "");

    private static string Milliseconds(double value) =>
        double.IsNaN(value) ? "-" : double.IsPositiveInfinity(value) ? "lost" : value.ToString(value < 10 ? "F1" : "F0", CultureInfo.InvariantCulture);

    private static string Seconds(double value) =>
        double.IsNaN(value) ? "-" : double.IsPositiveInfinity(value) ? "never" : value.ToString("F2", CultureInfo.InvariantCulture);
}
