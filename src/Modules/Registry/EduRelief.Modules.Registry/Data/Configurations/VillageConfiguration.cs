using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Registry.Data.Configurations;

internal sealed class VillageConfiguration : IEntityTypeConfiguration<Village>
{
    public void Configure(EntityTypeBuilder<Village> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => v.Code).IsUnique();
        builder.Property(v => v.Code).HasMaxLength(32);
        builder.Property(v => v.Name).HasMaxLength(100);
        builder.HasOne<Township>().WithMany().HasForeignKey(v => v.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}
