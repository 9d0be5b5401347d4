using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Registry.Data.Configurations;

internal sealed class HouseholdCategoryConfiguration : IEntityTypeConfiguration<HouseholdCategory>
{
    public void Configure(EntityTypeBuilder<HouseholdCategory> builder)
    {
        builder.HasKey(h => new { h.HouseholdId, h.Category });
        builder.Property(h => h.HouseholdId).HasMaxLength(64);
        builder.Property(h => h.Source).HasMaxLength(200);
    }
}
