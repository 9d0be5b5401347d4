using EduRelief.Modules.DropoutControl.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.DropoutControl.Data.Configurations;

internal sealed class DropoutCaseConfiguration : IEntityTypeConfiguration<DropoutCase>
{
    public void Configure(EntityTypeBuilder<DropoutCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        // One open case per student: every engine lets a unique index hold many nulls, so closed cases need no filter.
        builder.HasIndex(c => c.OpenStudentId).IsUnique();
        builder.HasIndex(c => new { c.StudentId, c.DetectedOn });
        builder.HasIndex(c => new { c.TownshipCode, c.Stage });
        builder.HasIndex(c => new { c.SchoolCode, c.Stage });
        builder.HasIndex(c => new { c.Stage, c.NoticeReturnBy });
        builder.HasIndex(c => new { c.Outcome, c.OutcomeOn });
        builder.Property(c => c.NationalId).HasMaxLength(18);
        builder.Property(c => c.StudentName).HasMaxLength(100);
        builder.Property(c => c.TownshipCode).HasMaxLength(32);
        builder.Property(c => c.SchoolCode).HasMaxLength(32);
        builder.Property(c => c.ReturnSchoolCode).HasMaxLength(32);
        builder.Property(c => c.DetectedBy).HasMaxLength(200);
        builder.Property(c => c.ReasonCodes).HasMaxLength(400);
        builder.Property(c => c.Approval).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Reasons);
        builder.Ignore(c => c.IsOpen);
        builder.HasMany(c => c.Owners).WithOne().HasForeignKey(o => o.CaseId);
        builder.HasMany(c => c.Attempts).WithOne().HasForeignKey(a => a.CaseId);
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CaseId);
    }
}
