using EduRelief.Modules.TeacherSupport.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.TeacherSupport.Data.Configurations;

/// <summary>A post's seats are numbered 1…Count and each is unique: the database refuses a hire beyond the posts even when two arrive at once.</summary>
internal sealed class HireConfiguration : IEntityTypeConfiguration<Hire>
{
    public void Configure(EntityTypeBuilder<Hire> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.SchoolCode).HasMaxLength(32);
        builder.Property(h => h.TownshipCode).HasMaxLength(32);
        builder.HasIndex(h => new { h.PostId, h.Seat }).IsUnique();
        builder.HasIndex(h => h.TeacherId).IsUnique();
        builder.HasIndex(h => h.HiredOn);
        builder.HasOne<CampaignPost>().WithMany().HasForeignKey(h => h.PostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(h => h.TeacherId).OnDelete(DeleteBehavior.Restrict);
    }
}
