using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Telehealth.Prescription.Domain;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Prescription.Data;

public sealed class PrescriptionDbContext(DbContextOptions<PrescriptionDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Exercise> Exercises => Set<Exercise>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgressionSuggestion> Suggestions => Set<ProgressionSuggestion>();

    /// <summary>
    /// A programme with every version and item, as the domain needs it. Split into one query per
    /// table: as a single query SQLite built the versions-and-items join for every programme in the
    /// database before picking the one asked for, so each load grew with the number of programmes.
    /// Versions are only ever added, so the versions read after the programme row include its current one.
    /// </summary>
    public IQueryable<Programme> ProgrammesWithVersions => Programmes.Include(p => p.Versions).AsSplitQuery();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Exercise>(MapExercise);
        modelBuilder.Entity<Programme>(MapProgramme);
        modelBuilder.Entity<ProgrammeVersion>(MapVersion);
        modelBuilder.Entity<ProgressionSuggestion>(MapSuggestion);
    }

    private static void MapExercise(EntityTypeBuilder<Exercise> exercise)
    {
        exercise.ToTable("exercises");
        exercise.HasKey(e => e.Id);
        exercise.Property(e => e.Id).ValueGeneratedNever();
        exercise.Property(e => e.Name).HasMaxLength(Exercise.MaxNameLength);
        exercise.Ignore(e => e.Contraindications);
        exercise.Property<List<string>>("_contraindications")
            .HasColumnName("Contraindications")
            .HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        exercise.HasIndex(e => e.CreatedBy);
    }

    private static void MapProgramme(EntityTypeBuilder<Programme> programme)
    {
        programme.ToTable("programmes");
        programme.HasKey(p => p.Id);
        programme.Property(p => p.Id).ValueGeneratedNever();
        programme.HasIndex(p => p.PatientId);
        programme.HasIndex(p => p.TherapistId);
        programme.Ignore(p => p.Current);
        programme.Ignore(p => p.ActiveVersion);
        programme.Ignore(p => p.NextReviewDue);
        programme.HasMany(p => p.Versions).WithOne().HasForeignKey("ProgrammeId").IsRequired();
        programme.Navigation(p => p.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    private static void MapVersion(EntityTypeBuilder<ProgrammeVersion> version)
    {
        version.ToTable("programme_versions");
        // Ids are made by the domain: an entity with an id that EF did not load is new.
        version.HasKey(v => v.Id);
        version.Property(v => v.Id).ValueGeneratedNever();
        version.HasIndex("ProgrammeId", nameof(ProgrammeVersion.Number)).IsUnique();
        version.Property(v => v.CreatedBy).HasConversion(JsonColumn.Converter<Actor>(), JsonColumn.Comparer<Actor>());
        version.Property(v => v.Reason).HasMaxLength(2000);
        version.OwnsMany(v => v.Items, item =>
        {
            item.ToTable("programme_items");
            item.WithOwner().HasForeignKey("VersionId");
            // A generated row key: with (version, item) as the key EF would take a new version's
            // items, whose ids are already set, for existing rows.
            item.Property<long>("RowId").ValueGeneratedOnAdd();
            item.HasKey("RowId");
            item.HasIndex("VersionId", nameof(ProgrammeItem.ItemId)).IsUnique();
            item.Property(i => i.Dosage).HasConversion(JsonColumn.Converter<Dosage>(), JsonColumn.Comparer<Dosage>());
            item.Property(i => i.Progression).HasConversion(JsonColumn.Converter<ProgressionSettings>(), JsonColumn.Comparer<ProgressionSettings>());
            item.Property(i => i.LoadLoweredByTherapist).HasConversion(JsonColumn.Converter<ManualLoadDecrease?>(), JsonColumn.Comparer<ManualLoadDecrease?>());
        });
        version.Navigation(v => v.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    private static void MapSuggestion(EntityTypeBuilder<ProgressionSuggestion> suggestion)
    {
        suggestion.ToTable("suggestions");
        suggestion.HasKey(s => s.Id);
        suggestion.Property(s => s.Id).ValueGeneratedNever();
        suggestion.HasIndex(s => new { s.ProgrammeId, s.Status });
        suggestion.Property(s => s.ProposedDosage).HasConversion(JsonColumn.Converter<Dosage>(), JsonColumn.Comparer<Dosage>());
        suggestion.Property(s => s.AppliedDosage).HasConversion(JsonColumn.Converter<Dosage?>(), JsonColumn.Comparer<Dosage?>());
        suggestion.Property(s => s.DecidedBy).HasConversion(JsonColumn.Converter<Actor?>(), JsonColumn.Comparer<Actor?>());
        suggestion.Ignore(s => s.IsPending);
        suggestion.Ignore(s => s.WasAppliedAutomatically);
    }
}
