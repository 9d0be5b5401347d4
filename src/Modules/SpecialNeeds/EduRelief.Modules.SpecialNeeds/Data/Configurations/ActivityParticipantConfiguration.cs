using EduRelief.Modules.SpecialNeeds.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SpecialNeeds.Data.Configurations;

internal sealed class ActivityParticipantConfiguration : IEntityTypeConfiguration<ActivityParticipant>
{
    public void Configure(EntityTypeBuilder<ActivityParticipant> builder)
    {
        builder.ToTable("Participants");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.NationalId).HasMaxLength(18);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.HasIndex(p => new { p.ActivityId, p.StudentId }).IsUnique();
        builder.HasIndex(p => p.StudentId);
    }
}
