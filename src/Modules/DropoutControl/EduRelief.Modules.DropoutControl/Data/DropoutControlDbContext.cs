using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.DropoutControl.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Data;

/// <summary>The DropoutControl module's own tables; <see cref="SqliteDropoutControlDbContext"/> or <see cref="PostgreSqlDropoutControlDbContext"/> answers for it.</summary>
internal abstract class DropoutControlDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<DropoutCase> Cases => Set<DropoutCase>();

    public DbSet<CaseOwner> Owners => Set<CaseOwner>();

    public DbSet<PersuasionAttempt> Attempts => Set<PersuasionAttempt>();

    public DbSet<CaseStep> Steps => Set<CaseStep>();

    public DbSet<StudentRisk> RiskScores => Set<StudentRisk>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DropoutControlDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
