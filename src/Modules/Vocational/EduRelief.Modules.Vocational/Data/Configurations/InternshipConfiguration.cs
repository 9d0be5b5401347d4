using EduRelief.Modules.Vocational.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Vocational.Data.Configurations;

internal sealed class InternshipConfiguration : IEntityTypeConfiguration<Internship>
{
    public void Configure(EntityTypeBuilder<Internship> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.NationalId).HasMaxLength(18);
        builder.Property(i => i.Name).HasMaxLength(100);
        builder.Property(i => i.SchoolCode).HasMaxLength(32);
        builder.Property(i => i.TownshipCode).HasMaxLength(32);
        builder.Property(i => i.Base).HasMaxLength(200);
        builder.HasIndex(i => i.EnrolmentId);
        builder.HasIndex(i => i.StartsOn);
    }
}
