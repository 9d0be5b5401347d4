using EduRelief.Modules.TeacherSupport.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.TeacherSupport.Data.Configurations;

internal sealed class TeacherConfiguration : IEntityTypeConfiguration<Teacher>
{
    public void Configure(EntityTypeBuilder<Teacher> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.NationalId).HasMaxLength(18);
        builder.HasIndex(t => t.NationalId).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.SchoolCode).HasMaxLength(32);
        builder.Property(t => t.TownshipCode).HasMaxLength(32);
        builder.Property(t => t.Subject).HasMaxLength(50);
        builder.Property(t => t.Title).HasMaxLength(50);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.TownshipCode, t.SchoolCode });
        builder.Ignore(t => t.CurrentPosting);
        builder.HasMany(t => t.Postings).WithOne().HasForeignKey(p => p.TeacherId);
    }
}
