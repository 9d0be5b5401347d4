using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SchoolConstruction.Data.Configurations;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.RevisedBy).HasMaxLength(256);
        builder.HasIndex(l => new { l.ProjectId, l.Revision, l.Source }).IsUnique();
    }
}
