using EduRelief.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Subsidies.Data.Configurations;

internal sealed class ProgrammeRateConfiguration : IEntityTypeConfiguration<ProgrammeRate>
{
    public void Configure(EntityTypeBuilder<ProgrammeRate> builder)
    {
        builder.HasKey(r => r.Id);

        // One rate per programme and effective date: a second one for the same day overlaps it.
        builder.HasIndex(r => new { r.Programme, r.EffectiveFrom }).IsUnique();
        builder.Property(r => r.SetBy).HasMaxLength(256);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RateId).OnDelete(DeleteBehavior.Cascade);
    }
}
