using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Telehealth.Progress.Data;

/// <summary>Lets dotnet-ef build the model for migrations without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ProgressDbContext>
{
    public ProgressDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ProgressDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
