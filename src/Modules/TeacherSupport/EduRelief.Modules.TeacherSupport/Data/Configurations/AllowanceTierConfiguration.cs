using EduRelief.Modules.TeacherSupport.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.TeacherSupport.Data.Configurations;

internal sealed class AllowanceTierConfiguration : IEntityTypeConfiguration<AllowanceTier>
{
    public void Configure(EntityTypeBuilder<AllowanceTier> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.SchoolCode).HasMaxLength(32);
        builder.Ignore(t => t.Schools);
        builder.HasIndex(t => new { t.Location, t.SchoolCode, t.EffectiveFrom });
    }
}
