using EduRelief.Modules.SpecialNeeds.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SpecialNeeds.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Body).HasMaxLength(100);
        builder.Property(a => a.TownshipCode).HasMaxLength(32);
        builder.Property(a => a.SchoolCode).HasMaxLength(32);
        builder.HasIndex(a => new { a.ChildId, a.AssessedOn });
        builder.HasOne<DisabledChild>().WithMany().HasForeignKey(a => a.ChildId);
    }
}
