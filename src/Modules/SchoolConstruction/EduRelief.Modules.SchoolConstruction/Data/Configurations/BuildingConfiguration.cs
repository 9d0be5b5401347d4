using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SchoolConstruction.Data.Configurations;

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.SchoolCode).HasMaxLength(32);
        builder.Property(b => b.TownshipCode).HasMaxLength(32);
        builder.Property(b => b.Name).HasMaxLength(100);
        builder.Property(b => b.Structure).HasMaxLength(100);
        builder.Property(b => b.DemolishedBy).HasMaxLength(32);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasMany(b => b.Appraisals).WithOne().HasForeignKey(a => a.BuildingId);
        builder.HasIndex(b => new { b.SchoolCode, b.Name });
        builder.HasIndex(b => new { b.TownshipCode, b.SchoolCode });
        builder.HasIndex(b => b.Grade);
        builder.HasIndex(b => b.NextAppraisalDueOn);
    }
}
