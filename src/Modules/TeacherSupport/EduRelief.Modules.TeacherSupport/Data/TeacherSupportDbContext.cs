using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.TeacherSupport.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Data;

/// <summary>The TeacherSupport module's own tables; <see cref="SqliteTeacherSupportDbContext"/> or <see cref="PostgreSqlTeacherSupportDbContext"/> answers for it.</summary>
internal abstract class TeacherSupportDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Teacher> Teachers => Set<Teacher>();

    public DbSet<Posting> Postings => Set<Posting>();

    public DbSet<RecruitmentCampaign> Campaigns => Set<RecruitmentCampaign>();

    public DbSet<Hire> Hires => Set<Hire>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Attendance> Attendance => Set<Attendance>();

    public DbSet<AllowanceTier> AllowanceTiers => Set<AllowanceTier>();

    public DbSet<AllowanceRoll> AllowanceRolls => Set<AllowanceRoll>();

    public DbSet<AllowanceRollLine> AllowanceRollLines => Set<AllowanceRollLine>();

    public DbSet<Pairing> Pairings => Set<Pairing>();

    public DbSet<PairingActivity> PairingActivities => Set<PairingActivity>();

    public DbSet<TeacherExchange> Exchanges => Set<TeacherExchange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TeacherSupportDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
