using EduRelief.Modules.SpecialNeeds.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SpecialNeeds.Data.Configurations;

internal sealed class ReviewFlagConfiguration : IEntityTypeConfiguration<ReviewFlag>
{
    public void Configure(EntityTypeBuilder<ReviewFlag> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Period).HasMaxLength(10);
        builder.HasIndex(f => new { f.PlanId, f.Reason, f.Period }).IsUnique();
        builder.HasOne<PlacementPlan>().WithMany().HasForeignKey(f => f.PlanId);
    }
}
