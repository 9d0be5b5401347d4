using EduRelief.Modules.SpecialNeeds.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SpecialNeeds.Data.Configurations;

internal sealed class PlacementPlanConfiguration : IEntityTypeConfiguration<PlacementPlan>
{
    public void Configure(EntityTypeBuilder<PlacementPlan> builder)
    {
        builder.ToTable("Plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        // One plan in force per child: every engine lets a unique index hold many nulls, so ended plans need no filter.
        builder.HasIndex(p => p.CurrentChildId).IsUnique();
        builder.HasIndex(p => new { p.ChildId, p.StartsOn });
        builder.HasIndex(p => new { p.Mode, p.ReviewOn });
        builder.HasIndex(p => p.ReplacesPlanId).IsUnique();
        builder.Property(p => p.SchoolCode).HasMaxLength(32);
        builder.Property(p => p.TownshipCode).HasMaxLength(32);
        builder.Property(p => p.Teacher).HasMaxLength(100);
        builder.Property(p => p.Goals).HasMaxLength(2000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<DisabledChild>().WithMany().HasForeignKey(p => p.ChildId);
        builder.HasMany(p => p.Visits).WithOne().HasForeignKey(v => v.PlanId);
    }
}
