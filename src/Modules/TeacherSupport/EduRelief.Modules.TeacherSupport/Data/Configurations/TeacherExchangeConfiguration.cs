using EduRelief.Modules.TeacherSupport.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.TeacherSupport.Data.Configurations;

internal sealed class TeacherExchangeConfiguration : IEntityTypeConfiguration<TeacherExchange>
{
    public void Configure(EntityTypeBuilder<TeacherExchange> builder)
    {
        builder.ToTable("Exchanges");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.NationalId).HasMaxLength(18);
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.FromSchoolCode).HasMaxLength(32);
        builder.Property(e => e.ToSchoolCode).HasMaxLength(32);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(e => e.TeacherId).OnDelete(DeleteBehavior.Restrict);
    }
}
