using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Data;

/// <summary>The SchoolConstruction module's own tables; <see cref="SqliteSchoolConstructionDbContext"/> or <see cref="PostgreSqlSchoolConstructionDbContext"/> answers for it.</summary>
internal abstract class SchoolConstructionDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Building> Buildings => Set<Building>();

    public DbSet<Appraisal> Appraisals => Set<Appraisal>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<Spending> Spending => Set<Spending>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<EquipmentRecord> Equipment => Set<EquipmentRecord>();

    public DbSet<FacilitiesLedgerEntry> FacilitiesLedger => Set<FacilitiesLedgerEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SchoolConstructionDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
