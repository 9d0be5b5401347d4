using EduRelief.Modules.SpecialNeeds.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SpecialNeeds.Data.Configurations;

internal sealed class HomeChildConfiguration : IEntityTypeConfiguration<HomeChild>
{
    public void Configure(EntityTypeBuilder<HomeChild> builder)
    {
        builder.ToTable("HomeChildren");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.NationalId).HasMaxLength(18);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.SchoolCode).HasMaxLength(32);
        builder.HasIndex(c => new { c.HomeId, c.StudentId }).IsUnique();
    }
}
