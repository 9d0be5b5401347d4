using EduRelief.Modules.SpecialNeeds.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SpecialNeeds.Data.Configurations;

internal sealed class HomeActivityConfiguration : IEntityTypeConfiguration<HomeActivity>
{
    public void Configure(EntityTypeBuilder<HomeActivity> builder)
    {
        builder.ToTable("Activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.HomeCode).HasMaxLength(32);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.TownshipCode).HasMaxLength(32);
        builder.Property(a => a.SchoolCode).HasMaxLength(32);
        builder.HasIndex(a => new { a.On, a.Kind });
        builder.HasIndex(a => a.HomeId);
        builder.HasOne<ChildrenHome>().WithMany().HasForeignKey(a => a.HomeId);
        builder.HasMany(a => a.Participants).WithOne().HasForeignKey(p => p.ActivityId);
    }
}
