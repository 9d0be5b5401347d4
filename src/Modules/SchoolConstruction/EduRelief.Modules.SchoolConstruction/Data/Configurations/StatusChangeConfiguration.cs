using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SchoolConstruction.Data.Configurations;

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.RecordedBy).HasMaxLength(256);
        builder.HasIndex(m => new { m.ProjectId, m.Status }).IsUnique();
        builder.HasIndex(m => new { m.Status, m.On });
    }
}
