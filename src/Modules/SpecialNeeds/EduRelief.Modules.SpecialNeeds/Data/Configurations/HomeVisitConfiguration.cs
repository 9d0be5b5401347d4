using EduRelief.Modules.SpecialNeeds.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SpecialNeeds.Data.Configurations;

internal sealed class HomeVisitConfiguration : IEntityTypeConfiguration<HomeVisit>
{
    public void Configure(EntityTypeBuilder<HomeVisit> builder)
    {
        builder.ToTable("Visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Teacher).HasMaxLength(100);
        builder.Property(v => v.Content).HasMaxLength(2000);
        builder.Property(v => v.Hours).HasPrecision(5, 2);
        builder.Property(v => v.TownshipCode).HasMaxLength(32);
        builder.Property(v => v.SchoolCode).HasMaxLength(32);
        builder.HasIndex(v => new { v.PlanId, v.On });
    }
}
