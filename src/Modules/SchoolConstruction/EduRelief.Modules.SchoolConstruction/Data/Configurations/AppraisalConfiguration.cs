using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SchoolConstruction.Data.Configurations;

internal sealed class AppraisalConfiguration : IEntityTypeConfiguration<Appraisal>
{
    public void Configure(EntityTypeBuilder<Appraisal> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.AppraisedBy).HasMaxLength(100);
        builder.Property(a => a.ReportNo).HasMaxLength(64);
        builder.Property(a => a.RecordedBy).HasMaxLength(256);

        // One report is entered once per building, however often it is sent.
        builder.HasIndex(a => new { a.BuildingId, a.ReportNo }).IsUnique();
    }
}
