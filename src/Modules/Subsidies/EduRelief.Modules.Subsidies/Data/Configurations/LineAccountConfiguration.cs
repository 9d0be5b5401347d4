using EduRelief.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Subsidies.Data.Configurations;

internal sealed class LineAccountConfiguration : IEntityTypeConfiguration<LineAccount>
{
    public void Configure(EntityTypeBuilder<LineAccount> builder)
    {
        // One account per line, by the database.
        builder.HasKey(a => a.BatchLineId);
        builder.Property(a => a.BatchLineId).ValueGeneratedNever();
        builder.HasOne<BatchLine>().WithOne().HasForeignKey<LineAccount>(a => a.BatchLineId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Holder).HasMaxLength(50);
        builder.Property(a => a.Bank).HasMaxLength(50);
        builder.Property(a => a.Number).HasMaxLength(22);
    }
}
