using EduRelief.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Subsidies.Data.Configurations;

internal sealed class BatchLineConfiguration : IEntityTypeConfiguration<BatchLine>
{
    public void Configure(EntityTypeBuilder<BatchLine> builder)
    {
        builder.HasKey(l => l.Id);
        // Student first: lines are written in the registry's list order, which is random, so only this index takes
        // scattered inserts, while the batch index below grows at its end. It also serves the registry-change lookups by student.
        builder.HasIndex(l => new { l.StudentId, l.BatchId }).IsUnique();
        builder.HasIndex(l => l.BatchId);
        builder.Property(l => l.NationalId).HasMaxLength(18);
        builder.Property(l => l.Name).HasMaxLength(50);
        builder.Property(l => l.SchoolCode).HasMaxLength(32);
        builder.Property(l => l.TownshipCode).HasMaxLength(32);
        builder.Property(l => l.Rule).HasMaxLength(200);
        builder.Property(l => l.Note).HasMaxLength(500);
        builder.Property(l => l.BankReference).HasMaxLength(100);
    }
}
