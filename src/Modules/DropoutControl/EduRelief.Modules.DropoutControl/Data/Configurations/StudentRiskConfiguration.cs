using EduRelief.Modules.DropoutControl.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.DropoutControl.Data.Configurations;

internal sealed class StudentRiskConfiguration : IEntityTypeConfiguration<StudentRisk>
{
    public void Configure(EntityTypeBuilder<StudentRisk> builder)
    {
        builder.ToTable("RiskScores");
        // One score per student: the key is the Registry's student, so two runs cannot keep two.
        builder.HasKey(r => r.StudentId);
        builder.Property(r => r.StudentId).ValueGeneratedNever();
        builder.HasIndex(r => new { r.SchoolCode, r.Score });
        builder.HasIndex(r => new { r.TownshipCode, r.Score });
        builder.HasIndex(r => r.Score);
        builder.Property(r => r.NationalId).HasMaxLength(18);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.TownshipCode).HasMaxLength(32);
        builder.Property(r => r.SchoolCode).HasMaxLength(32);
        builder.Property(r => r.SignalCodes).HasMaxLength(200);
        builder.Ignore(r => r.Signals);
    }
}
