using EduRelief.Modules.DropoutControl.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.DropoutControl.Data.Configurations;

internal sealed class CaseStepConfiguration : IEntityTypeConfiguration<CaseStep>
{
    public void Configure(EntityTypeBuilder<CaseStep> builder)
    {
        builder.ToTable("Steps");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.CaseId, s.Number }).IsUnique();
        builder.Property(s => s.Kind).HasMaxLength(40);
        builder.Property(s => s.Title).HasMaxLength(400);
        builder.Property(s => s.Details).HasMaxLength(2000);
    }
}
