using EduRelief.Modules.TeacherSupport.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.TeacherSupport.Data.Configurations;

/// <summary>One line per (teacher, month), unique in the database: a roll computed twice, or on two Hosts at once, pays no one twice.</summary>
internal sealed class AllowanceRollLineConfiguration : IEntityTypeConfiguration<AllowanceRollLine>
{
    public void Configure(EntityTypeBuilder<AllowanceRollLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.SchoolCode).HasMaxLength(32);
        builder.Property(l => l.TownshipCode).HasMaxLength(32);
        builder.HasIndex(l => new { l.TeacherId, l.Month }).IsUnique();
        builder.HasIndex(l => new { l.Month, l.SchoolCode });
        builder.HasOne<AllowanceRoll>().WithMany().HasForeignKey(l => l.Month).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(l => l.TeacherId).OnDelete(DeleteBehavior.Restrict);
    }
}
