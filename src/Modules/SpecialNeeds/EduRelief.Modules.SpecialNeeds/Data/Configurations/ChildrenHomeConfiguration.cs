using EduRelief.Modules.SpecialNeeds.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SpecialNeeds.Data.Configurations;

internal sealed class ChildrenHomeConfiguration : IEntityTypeConfiguration<ChildrenHome>
{
    public void Configure(EntityTypeBuilder<ChildrenHome> builder)
    {
        builder.ToTable("Homes");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Code).HasMaxLength(32);
        builder.HasIndex(h => h.Code).IsUnique();
        builder.Property(h => h.Name).HasMaxLength(100);
        builder.Property(h => h.SchoolCode).HasMaxLength(32);
        builder.Property(h => h.VillageCode).HasMaxLength(32);
        builder.Property(h => h.TownshipCode).HasMaxLength(32);
        builder.HasMany(h => h.Counsellors).WithOne().HasForeignKey(c => c.HomeId);
        builder.HasMany(h => h.Children).WithOne().HasForeignKey(c => c.HomeId);
    }
}
