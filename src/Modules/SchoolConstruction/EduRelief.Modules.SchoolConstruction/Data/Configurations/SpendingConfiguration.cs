using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SchoolConstruction.Data.Configurations;

internal sealed class SpendingConfiguration : IEntityTypeConfiguration<Spending>
{
    public void Configure(EntityTypeBuilder<Spending> builder)
    {
        builder.ToTable("Spending");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Purpose).HasMaxLength(200);
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.HasIndex(s => s.SpentOn);
    }
}
