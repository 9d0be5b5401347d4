using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Reporting.Data;

/// <summary>Reporting's own tables, only what it decides itself (locks, the summary template's versions); the figures stay the modules'.</summary>
internal abstract class ReportingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<YearLock> YearLocks => Set<YearLock>();

    public DbSet<TemplateVersion> TemplateVersions => Set<TemplateVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
    }
}
