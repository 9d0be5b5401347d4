using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Registry.Data.Configurations;

internal sealed class ProcessedHouseholdFileConfiguration : IEntityTypeConfiguration<ProcessedHouseholdFile>
{
    public void Configure(EntityTypeBuilder<ProcessedHouseholdFile> builder)
    {
        builder.HasKey(f => f.Sha256);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.FileName).HasMaxLength(260);
    }
}
