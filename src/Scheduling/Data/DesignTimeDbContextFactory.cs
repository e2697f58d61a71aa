using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Telehealth.Scheduling.Data;

/// <summary>Lets dotnet-ef build the model for migrations without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SchedulingDbContext>
{
    public SchedulingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SchedulingDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
