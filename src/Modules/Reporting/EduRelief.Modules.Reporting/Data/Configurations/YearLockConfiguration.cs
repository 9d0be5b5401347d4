using EduRelief.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Reporting.Data.Configurations;

internal sealed class YearLockConfiguration : IEntityTypeConfiguration<YearLock>
{
    public void Configure(EntityTypeBuilder<YearLock> builder)
    {
        builder.HasKey(l => l.Id);
        // One open lock a year, enforced where two Hosts locking at once cannot both win.
        builder.HasIndex(l => l.Year).IsUnique().HasFilter("\"UnlockedAt\" IS NULL");
        builder.Property(l => l.LockedBy).HasMaxLength(200);
        builder.Property(l => l.UnlockedBy).HasMaxLength(200);
        builder.Property(l => l.UnlockReason).HasMaxLength(500);
        builder.Ignore(l => l.IsOpen);
    }
}
