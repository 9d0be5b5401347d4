using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Registry.Data.Configurations;

internal sealed class StudentCategoryPeriodConfiguration : IEntityTypeConfiguration<StudentCategoryPeriod>
{
    public void Configure(EntityTypeBuilder<StudentCategoryPeriod> builder)
    {
        builder.ToTable("StudentCategoryPeriods");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.StudentId, p.Category });
        builder.Property(p => p.StartSource).HasMaxLength(200);
        builder.Property(p => p.EndSource).HasMaxLength(200);
        builder.Ignore(p => p.IsOpen);
    }
}
