using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Registry.Data.Configurations;

internal sealed class StudentChangeConfiguration : IEntityTypeConfiguration<StudentChange>
{
    public void Configure(EntityTypeBuilder<StudentChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.StudentId);
        builder.Property(c => c.Field).HasMaxLength(50);
        builder.Property(c => c.Source).HasMaxLength(200);
        builder.HasOne<Student>().WithMany(s => s.Changes).HasForeignKey(c => c.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}
