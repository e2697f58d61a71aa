namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>A SQLite file in a folder of its own, removed with its WAL files afterwards.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "telehealth-db-" + Guid.NewGuid().ToString("N"));

    public TemporaryDatabase()
    {
        Directory.CreateDirectory(_folder);
        File = Path.Combine(_folder, "probe.db");
    }

    public string File { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
