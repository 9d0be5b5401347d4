using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SchoolConstruction.Data.Configurations;

internal sealed class FacilitiesLedgerEntryConfiguration : IEntityTypeConfiguration<FacilitiesLedgerEntry>
{
    public void Configure(EntityTypeBuilder<FacilitiesLedgerEntry> builder)
    {
        builder.ToTable("FacilitiesLedger");
        builder.HasKey(e => e.SchoolCode);
        builder.Property(e => e.SchoolCode).HasMaxLength(32);
        builder.Property(e => e.SchoolName).HasMaxLength(100);
        builder.Property(e => e.TownshipCode).HasMaxLength(32);
        builder.HasIndex(e => e.TownshipCode);
    }
}
