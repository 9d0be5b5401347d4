using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SchoolConstruction.Data.Configurations;

internal sealed class EquipmentRecordConfiguration : IEntityTypeConfiguration<EquipmentRecord>
{
    public void Configure(EntityTypeBuilder<EquipmentRecord> builder)
    {
        builder.ToTable("Equipment");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.SchoolCode).HasMaxLength(32);
        builder.Property(e => e.TownshipCode).HasMaxLength(32);
        builder.Property(e => e.RecordedBy).HasMaxLength(256);
        builder.HasIndex(e => new { e.SchoolCode, e.AsOf }).IsUnique();
    }
}
