using EduRelief.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Subsidies.Data.Configurations;

internal sealed class OutreachActivityConfiguration : IEntityTypeConfiguration<OutreachActivity>
{
    public void Configure(EntityTypeBuilder<OutreachActivity> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.TownshipCode).HasMaxLength(32);
        builder.Property(o => o.Kind).HasMaxLength(100);
        builder.Property(o => o.RecordedBy).HasMaxLength(256);
    }
}
