using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.SpecialNeeds.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Data;

/// <summary>The SpecialNeeds module's own tables; <see cref="SqliteSpecialNeedsDbContext"/> or <see cref="PostgreSqlSpecialNeedsDbContext"/> answers for it.</summary>
internal abstract class SpecialNeedsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<DisabledChild> Children => Set<DisabledChild>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<PlacementPlan> Plans => Set<PlacementPlan>();

    public DbSet<HomeVisit> Visits => Set<HomeVisit>();

    public DbSet<ChildrenHome> Homes => Set<ChildrenHome>();

    public DbSet<HomeChild> HomeChildren => Set<HomeChild>();

    public DbSet<HomeActivity> Activities => Set<HomeActivity>();

    public DbSet<ActivityParticipant> Participants => Set<ActivityParticipant>();

    public DbSet<ReviewFlag> ReviewFlags => Set<ReviewFlag>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SpecialNeedsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
