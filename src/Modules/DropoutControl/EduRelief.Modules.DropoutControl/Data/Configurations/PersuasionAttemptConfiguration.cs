using EduRelief.Modules.DropoutControl.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.DropoutControl.Data.Configurations;

internal sealed class PersuasionAttemptConfiguration : IEntityTypeConfiguration<PersuasionAttempt>
{
    public void Configure(EntityTypeBuilder<PersuasionAttempt> builder)
    {
        builder.ToTable("Attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.By).HasMaxLength(100);
        builder.Property(a => a.Method).HasMaxLength(100);
        builder.Property(a => a.Result).HasMaxLength(2000);
        builder.HasIndex(a => new { a.CaseId, a.On });
    }
}
