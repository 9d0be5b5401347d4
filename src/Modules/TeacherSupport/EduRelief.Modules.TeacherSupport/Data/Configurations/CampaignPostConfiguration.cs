using EduRelief.Modules.TeacherSupport.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.TeacherSupport.Data.Configurations;

internal sealed class CampaignPostConfiguration : IEntityTypeConfiguration<CampaignPost>
{
    public void Configure(EntityTypeBuilder<CampaignPost> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.SchoolCode).HasMaxLength(32);
        builder.Property(p => p.TownshipCode).HasMaxLength(32);
        builder.HasIndex(p => new { p.CampaignId, p.SchoolCode }).IsUnique();
    }
}
