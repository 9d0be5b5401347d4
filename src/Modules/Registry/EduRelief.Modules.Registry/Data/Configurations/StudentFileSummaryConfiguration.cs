using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Registry.Data.Configurations;

internal sealed class StudentFileSummaryConfiguration : IEntityTypeConfiguration<StudentFileSummary>
{
    public void Configure(EntityTypeBuilder<StudentFileSummary> builder)
    {
        builder.ToTable("StudentFileSummaries");
        builder.HasKey(s => s.StudentId);
        builder.Property(s => s.AidTotal).HasColumnName("AidTotalFen");
        builder.HasOne<Student>().WithOne().HasForeignKey<StudentFileSummary>(s => s.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}
