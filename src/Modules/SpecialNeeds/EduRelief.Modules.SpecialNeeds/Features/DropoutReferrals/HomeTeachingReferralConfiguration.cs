using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

internal sealed class HomeTeachingReferralConfiguration : IEntityTypeConfiguration<HomeTeachingReferral>
{
    public void Configure(EntityTypeBuilder<HomeTeachingReferral> builder)
    {
        builder.ToTable("HomeTeachingReferrals");
        builder.HasKey(r => r.Id);
        // One referral per measure, whatever delivers it and however often.
        builder.HasIndex(r => r.MeasureId).IsUnique();
        builder.HasIndex(r => new { r.TownshipCode, r.DueOn });
        builder.Property(r => r.NationalId).HasMaxLength(18);
        builder.Property(r => r.StudentName).HasMaxLength(100);
        builder.Property(r => r.TownshipCode).HasMaxLength(32);
        builder.Property(r => r.SchoolCode).HasMaxLength(32);
        builder.Property(r => r.Reasons).HasMaxLength(400);
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.Responsible).HasMaxLength(100);
    }
}
