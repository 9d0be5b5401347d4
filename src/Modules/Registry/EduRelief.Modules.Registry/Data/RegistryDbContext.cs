using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Data;

/// <summary>The Registry module's own tables; <see cref="SqliteRegistryDbContext"/> or <see cref="PostgreSqlRegistryDbContext"/> answers for it.</summary>
internal abstract class RegistryDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Township> Townships => Set<Township>();

    public DbSet<Village> Villages => Set<Village>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<Student> Students => Set<Student>();

    public DbSet<StudentCategoryPeriod> CategoryPeriods => Set<StudentCategoryPeriod>();

    public DbSet<StudentChange> StudentChanges => Set<StudentChange>();

    public DbSet<StudentFileEntry> FileEntries => Set<StudentFileEntry>();

    public DbSet<StudentFileSummary> FileSummaries => Set<StudentFileSummary>();

    public DbSet<HouseholdCategory> HouseholdCategories => Set<HouseholdCategory>();

    public DbSet<ProcessedHouseholdFile> ProcessedHouseholdFiles => Set<ProcessedHouseholdFile>();

    public DbSet<LedgerRefreshRun> LedgerRefreshRuns => Set<LedgerRefreshRun>();

    public DbSet<StudentListStamp> StudentListStamps => Set<StudentListStamp>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
    }
}
