using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Registry.Data.Configurations;

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Township>
{
    public void Configure(EntityTypeBuilder<Township> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Code).HasMaxLength(32);
        builder.Property(t => t.Name).HasMaxLength(100);
    }
}
