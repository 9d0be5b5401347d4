using EduRelief.Modules.DropoutControl.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.DropoutControl.Data.Configurations;

internal sealed class ReturnMeasureConfiguration : IEntityTypeConfiguration<ReturnMeasure>
{
    public void Configure(EntityTypeBuilder<ReturnMeasure> builder)
    {
        builder.ToTable("Measures");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<DropoutCase>().WithMany(c => c.Measures).HasForeignKey(m => m.CaseId);
        builder.HasIndex(m => new { m.CaseId, m.PlannedOn });
        builder.HasIndex(m => new { m.Kind, m.DueOn });
        builder.Property(m => m.Description).HasMaxLength(2000);
        builder.Property(m => m.Responsible).HasMaxLength(100);
        builder.Property(m => m.DoneBy).HasMaxLength(100);
        builder.Property(m => m.DoneNote).HasMaxLength(2000);
        builder.Ignore(m => m.Done);
        builder.Ignore(m => m.IsReferral);
    }
}
