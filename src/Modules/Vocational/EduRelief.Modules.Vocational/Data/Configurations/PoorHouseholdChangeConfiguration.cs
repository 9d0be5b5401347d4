using EduRelief.Modules.Vocational.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Vocational.Data.Configurations;

internal sealed class PoorHouseholdChangeConfiguration : IEntityTypeConfiguration<PoorHouseholdChange>
{
    public void Configure(EntityTypeBuilder<PoorHouseholdChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Source).HasMaxLength(200);
        builder.HasIndex(c => new { c.EnrolmentId, c.EffectiveOn });
    }
}
