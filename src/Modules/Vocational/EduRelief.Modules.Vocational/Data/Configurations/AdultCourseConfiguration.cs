using EduRelief.Modules.Vocational.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Vocational.Data.Configurations;

internal sealed class AdultCourseConfiguration : IEntityTypeConfiguration<AdultCourse>
{
    public void Configure(EntityTypeBuilder<AdultCourse> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.TownshipCode).HasMaxLength(32);
        builder.Property(c => c.Trade).HasMaxLength(100);
        builder.HasIndex(c => c.StartsOn);
    }
}
