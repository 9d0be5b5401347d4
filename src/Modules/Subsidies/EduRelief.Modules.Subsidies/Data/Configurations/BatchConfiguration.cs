using EduRelief.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Subsidies.Data.Configurations;

internal sealed class BatchConfiguration : IEntityTypeConfiguration<Batch>
{
    public void Configure(EntityTypeBuilder<Batch> builder)
    {
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => new { b.Programme, b.Term });

        // At most one open draft per programme and term, even when two people ask at once.
        builder.HasIndex(b => new { b.Programme, b.Term, b.Status }).IsUnique().HasFilter("\"Status\" = 'Draft'").HasDatabaseName("IX_Batches_OneDraftPerTerm");
        builder.Property(b => b.Term).HasMaxLength(6);
        builder.Property(b => b.CreatedBy).HasMaxLength(256);
        builder.Property(b => b.ApprovedBy).HasMaxLength(256);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasMany<BatchLine>().WithOne().HasForeignKey(l => l.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
