using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Vocational.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Data;

/// <summary>The Vocational module's own tables; <see cref="SqliteVocationalDbContext"/> or <see cref="PostgreSqlVocationalDbContext"/> answers for it.</summary>
internal abstract class VocationalDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Specialty> Specialties => Set<Specialty>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<PoorHouseholdChange> PoorHouseholdChanges => Set<PoorHouseholdChange>();

    public DbSet<OrderClass> OrderClasses => Set<OrderClass>();

    public DbSet<Internship> Internships => Set<Internship>();

    public DbSet<AdultCourse> AdultCourses => Set<AdultCourse>();

    public DbSet<AdultTrainee> AdultTrainees => Set<AdultTrainee>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VocationalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
