using EduRelief.Modules.SpecialNeeds.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SpecialNeeds.Data.Configurations;

internal sealed class HomeCounsellorConfiguration : IEntityTypeConfiguration<HomeCounsellor>
{
    public void Configure(EntityTypeBuilder<HomeCounsellor> builder)
    {
        builder.ToTable("Counsellors");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => new { c.HomeId, c.Name }).IsUnique();
    }
}
