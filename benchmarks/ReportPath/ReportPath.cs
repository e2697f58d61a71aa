using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telehealth.Progress.Data;
using Telehealth.Progress.Diagnostics;
using Telehealth.Progress.Reports;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Benchmarks.ReportPath;

/// <summary>
/// Progress's report path in this process: the service's DbContext wired as the service wires it
/// (ServiceDefaults' AddServiceDatabase: busy timeout, the write turn, the outbox interceptors) on
/// a SQLite file in a folder of its own, migrated and in WAL mode as DatabaseMigrator leaves it,
/// with <see cref="SessionReportSubmission"/> resolved from a scope per report as a gRPC call does.
/// </summary>
internal sealed class ReportPath : IAsyncDisposable
{
    public const int PatientCount = 1000;
    public const int EarlierReports = 10;

    /// <summary>Earlier reports were done daily from this many days ago; measured ones start after them.</summary>
    private const int FirstReportDaysAgo = 26;

    /// <summary>Each measured report is this much later than the one before, so each patient's come a day apart.</summary>
    private static readonly TimeSpan Step = TimeSpan.FromDays(1) / PatientCount;

    private readonly IHost _host;
    private readonly DateTimeOffset _measuredFrom;
    private readonly int _maxReports;
    private static Seeded? _seeded;
    private PlainReportRows? _plainRows;
    private int _reports;

    private ReportPath(string folder, IHost host, Patients patients, DateTimeOffset measuredFrom)
    {
        Folder = folder;
        _host = host;
        Patients = patients;
        _measuredFrom = measuredFrom;
        // performed_at may not be in the future: stop a minute short of now.
        _maxReports = (int)((DateTimeOffset.UtcNow.AddMinutes(-1) - measuredFrom) / Step);
    }

    public string Folder { get; }

    public string DatabaseFile => Path.Combine(Folder, "progress.db");

    public Patients Patients { get; }

    /// <summary>
    /// A new database in a temporary folder of its own, with the patients, their programmes and
    /// their earlier reports: a copy of the one the first call seeds (in a folder of its own too,
    /// removed by <see cref="DeleteSeededCopy"/>), so every benchmark starts from the same rows.
    /// </summary>
    public static async Task<ReportPath> CreateAsync()
    {
        var seeded = _seeded ??= await SeedAsync();
        var folder = NewFolder();
        foreach (var file in Directory.GetFiles(seeded.Folder, "progress.db*"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        var path = new ReportPath(folder, BuildHost(folder), seeded.Patients, seeded.FirstReport.AddDays(EarlierReports));
        await path.MigrateAsync();
        await path.CheckConnectionsAsync();
        path._plainRows = await PlainReportRows.OpenAsync(path.DatabaseFile);
        return path;
    }

    /// <summary>Removes the seeded database the others are copies of.</summary>
    public static void DeleteSeededCopy()
    {
        if (_seeded is { } seeded)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(seeded.Folder, recursive: true);
            _seeded = null;
        }
    }

    /// <summary>A good session: every exercise done below its targets, pain 2 before and 2 after.</summary>
    public Task<Proto.SubmitSessionReportResponse> SubmitGoodSessionAsync() => SubmitNextAsync(painBefore: 2, painAfter: 2, flare: false);

    /// <summary>A pain flare: pain 2 before and 6 after, which raises an alert and suggests an easier dose.</summary>
    public Task<Proto.SubmitSessionReportResponse> SubmitFlareAsync() => SubmitNextAsync(painBefore: 2, painAfter: 6, flare: true);

    /// <summary>The rows a good report writes, with plain prepared commands in one transaction.</summary>
    public void WritePlainRows() => _plainRows!.Write();

    /// <summary>
    /// Forgets the regression suggestions made so far, so that the next flare of each patient is
    /// the first at its dose again and suggests an easier one (a repeated suggestion is held back).
    /// </summary>
    public async Task ForgetRegressionSuggestionsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProgressDbContext>();
        await db.Suggestions.Where(s => s.Direction == "Regression").ExecuteDeleteAsync();
    }

    /// <summary>How many rows the named table holds.</summary>
    public async Task<long> CountAsync(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        _plainRows?.Dispose();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        Directory.Delete(Folder, recursive: true);
    }

    private async Task<Proto.SubmitSessionReportResponse> SubmitNextAsync(int painBefore, int painAfter, bool flare)
    {
        var number = _reports++;
        if (number >= _maxReports)
        {
            throw new InvalidOperationException($"More than {_maxReports} reports: the next would be in the future. Fewer iterations or invocations.");
        }
        var patient = Patients[number % Patients.Count];
        var request = Patients.Session(patient, _measuredFrom + number * Step, painBefore, painAfter);
        var response = await SubmitAsync(request, patient);
        if (response.TherapistAlerted != flare)
        {
            throw new InvalidOperationException($"A report with pain {painBefore} -> {painAfter} {(response.TherapistAlerted ? "alerted" : "did not alert")} the therapist.");
        }
        return response;
    }

    private async Task<Proto.SubmitSessionReportResponse> SubmitAsync(Proto.SubmitSessionReportRequest request, Patient patient)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var submission = scope.ServiceProvider.GetRequiredService<SessionReportSubmission>();
        return await submission.SubmitAsync(request, new Caller(patient.Id, CallerRole.Patient), CancellationToken.None);
    }

    private static IHost BuildHost(string folder)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:progressdb"] = $"Data Source={Path.Combine(folder, "progress.db")}",
        });
        // The service logs EF Core at Warning and above; nothing of the report path logs below it.
        builder.Logging.ClearProviders();
        builder.AddServiceDatabase<ProgressDbContext>("progressdb");
        // What the report path takes from the rest of the service's registrations (ProgressServiceExtensions, ServiceMessaging).
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ProgressMetrics>();
        builder.Services.AddScoped<SessionReportSubmission>();
        return builder.Build();
    }

    /// <summary>Starts the one hosted service that sets the database up: DatabaseMigrator (migrations, then WAL).</summary>
    private async Task MigrateAsync()
    {
        var migrators = _host.Services.GetServices<IHostedService>()
            .Where(service => service.GetType().Name.StartsWith("DatabaseMigrator", StringComparison.Ordinal))
            .ToList();
        if (migrators.Count != 1)
        {
            throw new InvalidOperationException($"Expected ServiceDefaults' DatabaseMigrator among the hosted services, found {migrators.Count}.");
        }
        await migrators[0].StartAsync(CancellationToken.None);
    }

    /// <summary>
    /// The programme copies in one transaction, then ten earlier reports per patient through
    /// <see cref="SessionReportSubmission"/> itself. These commits skip the fsync
    /// (PRAGMA synchronous=OFF on their connections, which are then closed); measured reports get
    /// what the service runs with: synchronous=NORMAL and the group commit's fsync of the log.
    /// </summary>
    private static async Task<Seeded> SeedAsync()
    {
        var folder = NewFolder();
        var firstReport = new DateTimeOffset(DateTimeOffset.UtcNow.Date.AddDays(-FirstReportDaysAgo).AddHours(7), TimeSpan.Zero);
        var seeding = new ReportPath(folder, BuildHost(folder), new Patients(PatientCount), firstReport.AddDays(EarlierReports));
        await seeding.MigrateAsync();
        await seeding.SeedAsync(firstReport);
        seeding._host.Dispose();
        SqliteConnection.ClearAllPools();
        return new Seeded(folder, seeding.Patients, firstReport);
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "telehealth-report-path-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private async Task SeedAsync(DateTimeOffset firstReport)
    {
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProgressDbContext>();
            foreach (var (programme, version) in Patients.ProgrammeCopies(firstReport.AddDays(-3)))
            {
                db.Programmes.Add(programme);
                db.ProgrammeVersions.Add(version);
            }
            await db.SaveChangesAsync();
        }
        for (var day = 0; day < EarlierReports; day++)
        {
            for (var i = 0; i < Patients.Count; i++)
            {
                var patient = Patients[i];
                var request = Patients.Session(patient, firstReport.AddDays(day) + i * Step, painBefore: 2, painAfter: 2);
                await using var scope = _host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ProgressDbContext>();
                await db.Database.OpenConnectionAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;");
                await scope.ServiceProvider.GetRequiredService<SessionReportSubmission>()
                    .SubmitAsync(request, new Caller(patient.Id, CallerRole.Patient), CancellationToken.None);
            }
        }
        SqliteConnection.ClearAllPools();
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProgressDbContext>();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
    }

    /// <summary>The service's connections are in WAL mode with synchronous=NORMAL (1), the log synced by the group commit.</summary>
    private async Task CheckConnectionsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProgressDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var journal = (string?)await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA synchronous;";
        var synchronous = Convert.ToInt64(await command.ExecuteScalarAsync());
        if (journal != "wal" || synchronous != 1)
        {
            throw new InvalidOperationException($"The service's connections should be in WAL mode with synchronous=NORMAL (1), not {journal} and {synchronous}.");
        }
    }

    private sealed record Seeded(string Folder, Patients Patients, DateTimeOffset FirstReport);
}
