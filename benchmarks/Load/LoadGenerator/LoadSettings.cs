using System.Globalization;

namespace Telehealth.Benchmarks.Load;

/// <summary>The knobs, from environment variables (run.sh passes them through); see benchmarks/Load/README.md.</summary>
public sealed record LoadSettings
{
    /// <summary>Simulated patients, each with a programme.</summary>
    public int Patients { get; init; } = 2_000;

    /// <summary>Therapists the patients are spread over; each prescribes for its patients and holds a Subscribe stream.</summary>
    public int Therapists { get; init; } = 100;

    /// <summary>Reports offered per second in the measured window (open loop); 0: as fast as MaxInFlight allows.</summary>
    public double Rate { get; init; } = 1_000;

    /// <summary>GetActiveProgramme reads per report, at the same pace.</summary>
    public double ReadsPerReport { get; init; } = 1;

    /// <summary>Percent of reports in the window whose pain rises 3 points (a pain flare: the therapist is alerted).</summary>
    public double FlarePercent { get; init; } = 2;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long after the window alerts may still arrive before they count as lost.</summary>
    public TimeSpan AlertWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Calls in flight at most; past it the generator falls behind its schedule (and says so).</summary>
    public int MaxInFlight { get; init; } = 2_000;

    /// <summary>HTTP/2 connections per service (patients share them; real apps would each hold one).</summary>
    public int Connections { get; init; } = 4;

    /// <summary>Concurrent calls while setting up (prescribing, preferences).</summary>
    public int SetupConcurrency { get; init; } = 32;

    /// <summary>Patients whose session reminders fall due at the same instant (at most Patients; 0 skips the reminder phase).</summary>
    public int Reminders { get; init; } = 2_000;

    /// <summary>Seconds added to the estimated time for setting the reminder cohort's preferences, before their reminders fall due.</summary>
    public TimeSpan ReminderSlack { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long to wait for every reminder to fire and reach its inbox.</summary>
    public TimeSpan ReminderWait { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>The minutes scheduling reminds ahead of a session (Scheduling__SessionReminderLead, read back from the same variable).</summary>
    public TimeSpan ReminderLead { get; init; } = TimeSpan.FromMinutes(30);

    public int Seed { get; init; } = 1;

    public static LoadSettings FromEnvironment()
    {
        var defaults = new LoadSettings();
        return new LoadSettings
        {
            Patients = Int("PATIENTS", defaults.Patients, min: 1),
            Therapists = Int("THERAPISTS", defaults.Therapists, min: 1),
            Rate = Double("RATE", defaults.Rate, min: 0),
            ReadsPerReport = Double("READS_PER_REPORT", defaults.ReadsPerReport, min: 0),
            FlarePercent = Double("FLARE_PERCENT", defaults.FlarePercent, min: 0, max: 100),
            Warmup = TimeSpan.FromSeconds(Double("WARMUP", defaults.Warmup.TotalSeconds, min: 0)),
            Duration = TimeSpan.FromSeconds(Double("DURATION", defaults.Duration.TotalSeconds, min: 1)),
            AlertWait = TimeSpan.FromSeconds(Double("ALERT_WAIT", defaults.AlertWait.TotalSeconds, min: 1)),
            MaxInFlight = Int("MAX_IN_FLIGHT", defaults.MaxInFlight, min: 1),
            Connections = Int("CONNECTIONS", defaults.Connections, min: 1),
            SetupConcurrency = Int("SETUP_CONCURRENCY", defaults.SetupConcurrency, min: 1),
            Reminders = Int("REMINDERS", defaults.Reminders, min: 0),
            ReminderSlack = TimeSpan.FromSeconds(Double("REMINDER_SLACK", defaults.ReminderSlack.TotalSeconds, min: 0)),
            ReminderWait = TimeSpan.FromSeconds(Double("REMINDER_WAIT", defaults.ReminderWait.TotalSeconds, min: 1)),
            ReminderLead = Environment.GetEnvironmentVariable("Scheduling__SessionReminderLead") is { Length: > 0 } lead
                ? TimeSpan.Parse(lead, CultureInfo.InvariantCulture)
                : defaults.ReminderLead,
            Seed = Int("SEED", defaults.Seed, min: 0),
        };
    }

    private static int Int(string name, int fallback, int min) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min
                ? value
                : throw new UsageException($"{name} must be a whole number, at least {min} (got '{text}')")
            : fallback;

    private static double Double(string name, double fallback, double min, double max = double.MaxValue) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                ? value
                : throw new UsageException($"{name} must be a number from {min} to {max} (got '{text}')")
            : fallback;
}

public sealed class UsageException(string message) : Exception(message);
