using EduRelief.Modules.Vocational.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Vocational.Data.Configurations;

internal sealed class AdultTraineeConfiguration : IEntityTypeConfiguration<AdultTrainee>
{
    public void Configure(EntityTypeBuilder<AdultTrainee> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.CourseCode).HasMaxLength(32);
        builder.Property(t => t.TownshipCode).HasMaxLength(32);
        builder.Property(t => t.NationalId).HasMaxLength(18);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Certificate).HasMaxLength(100);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.CourseId, t.NationalId }).IsUnique();
        builder.HasIndex(t => t.CourseStartsOn);
    }
}
