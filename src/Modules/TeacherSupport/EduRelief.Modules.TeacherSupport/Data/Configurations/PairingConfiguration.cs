using EduRelief.Modules.TeacherSupport.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.TeacherSupport.Data.Configurations;

internal sealed class PairingConfiguration : IEntityTypeConfiguration<Pairing>
{
    public void Configure(EntityTypeBuilder<Pairing> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.UrbanSchoolCode).HasMaxLength(32);
        builder.Property(p => p.UrbanTownshipCode).HasMaxLength(32);
        builder.Property(p => p.RuralSchoolCode).HasMaxLength(32);
        builder.Property(p => p.RuralTownshipCode).HasMaxLength(32);
        builder.HasIndex(p => new { p.UrbanSchoolCode, p.RuralSchoolCode }).IsUnique();
        builder.HasMany(p => p.Activities).WithOne().HasForeignKey(a => a.PairingId);
        builder.HasMany(p => p.Exchanges).WithOne().HasForeignKey(e => e.PairingId);
    }
}
