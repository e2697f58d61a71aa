using Microsoft.EntityFrameworkCore;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.ServiceDefaults.Tests.Probe;

public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    public DbSet<ReceivedNote> Received => Set<ReceivedNote>();
}
