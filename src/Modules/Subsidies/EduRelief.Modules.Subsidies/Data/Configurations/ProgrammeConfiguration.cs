using EduRelief.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Subsidies.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.HasMany(p => p.Rates).WithOne().HasForeignKey(r => r.Programme).OnDelete(DeleteBehavior.Restrict);
    }
}
