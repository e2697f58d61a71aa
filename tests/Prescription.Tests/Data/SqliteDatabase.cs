using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Telehealth.Prescription.Data;

namespace Telehealth.Prescription.Tests.Data;

/// <summary>A real SQLite file with the service's migrations applied; each context is a fresh unit of work.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "telehealth-prescription-" + Guid.NewGuid().ToString("N"));

    public SqliteDatabase()
    {
        Directory.CreateDirectory(_folder);
        using var db = NewContext();
        db.Database.Migrate();
    }

    public PrescriptionDbContext NewContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<PrescriptionDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "prescription.db")}")
            .AddInterceptors(interceptors)
            .Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
