using EduRelief.Modules.SpecialNeeds.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SpecialNeeds.Data.Configurations;

internal sealed class DisabledChildConfiguration : IEntityTypeConfiguration<DisabledChild>
{
    public void Configure(EntityTypeBuilder<DisabledChild> builder)
    {
        builder.ToTable("Children");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.NationalId).HasMaxLength(18);
        builder.HasIndex(c => c.NationalId).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.TownshipCode).HasMaxLength(32);
        builder.Property(c => c.VillageCode).HasMaxLength(32);
        builder.Property(c => c.SchoolCode).HasMaxLength(32);
        builder.Property(c => c.Guardian).HasMaxLength(100);
        builder.Property(c => c.Source).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.TownshipCode, c.Name });
        builder.HasIndex(c => c.BirthDate);
        builder.HasIndex(c => c.SchoolCode);
    }
}
