using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Registry.Data.Configurations;

internal sealed class LedgerRefreshRunConfiguration : IEntityTypeConfiguration<LedgerRefreshRun>
{
    public void Configure(EntityTypeBuilder<LedgerRefreshRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Report).HasMaxLength(4000);
    }
}
