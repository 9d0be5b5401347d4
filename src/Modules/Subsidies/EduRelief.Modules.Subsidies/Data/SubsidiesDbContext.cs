using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Data;

/// <summary>The Subsidies module's own tables; <see cref="SqliteSubsidiesDbContext"/> or <see cref="PostgreSqlSubsidiesDbContext"/> answers for it.</summary>
internal abstract class SubsidiesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgrammeRate> Rates => Set<ProgrammeRate>();

    public DbSet<Budget> Budgets => Set<Budget>();

    public DbSet<Batch> Batches => Set<Batch>();

    public DbSet<BatchLine> BatchLines => Set<BatchLine>();

    public DbSet<LineAccount> LineAccounts => Set<LineAccount>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<OutreachActivity> OutreachActivities => Set<OutreachActivity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SubsidiesDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
