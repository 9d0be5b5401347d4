using EduRelief.Modules.TeacherSupport.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.TeacherSupport.Data.Configurations;

internal sealed class AllowanceRollConfiguration : IEntityTypeConfiguration<AllowanceRoll>
{
    public void Configure(EntityTypeBuilder<AllowanceRoll> builder)
    {
        builder.HasKey(r => r.Month);
        builder.Property(r => r.Month).ValueGeneratedNever();
        builder.Property(r => r.ComputedBy).HasMaxLength(256);
        builder.Property(r => r.ApprovedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsApproved);
    }
}
