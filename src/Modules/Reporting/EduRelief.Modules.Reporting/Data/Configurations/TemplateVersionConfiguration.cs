using EduRelief.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Reporting.Data.Configurations;

internal sealed class TemplateVersionConfiguration : IEntityTypeConfiguration<TemplateVersion>
{
    public void Configure(EntityTypeBuilder<TemplateVersion> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => t.Version).IsUnique();
        builder.Property(t => t.Note).HasMaxLength(500);
        builder.Property(t => t.SavedBy).HasMaxLength(200);
    }
}
