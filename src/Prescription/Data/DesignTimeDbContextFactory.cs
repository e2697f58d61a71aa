using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Telehealth.Prescription.Data;

/// <summary>Lets dotnet-ef build the model for migrations without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PrescriptionDbContext>
{
    public PrescriptionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PrescriptionDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
