using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Registry.Data.Configurations;

internal sealed class StudentFileEntryConfiguration : IEntityTypeConfiguration<StudentFileEntry>
{
    public void Configure(EntityTypeBuilder<StudentFileEntry> builder)
    {
        builder.ToTable("StudentFileEntries");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.SourceModule, e.SourceReference }).IsUnique();
        builder.HasIndex(e => e.StudentId);
        builder.Property(e => e.SourceModule).HasMaxLength(50);
        builder.Property(e => e.SourceReference).HasMaxLength(200);
        builder.Property(e => e.Kind).HasMaxLength(50);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Details).HasMaxLength(2000);
        builder.Property(e => e.Amount).HasColumnName("AmountFen");
        builder.HasOne<Student>().WithMany().HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Restrict);
    }
}
