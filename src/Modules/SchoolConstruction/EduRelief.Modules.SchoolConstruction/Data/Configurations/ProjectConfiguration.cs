using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SchoolConstruction.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.SchoolCode).HasMaxLength(32);
        builder.Property(p => p.TownshipCode).HasMaxLength(32);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.TownshipCode, p.SchoolCode });
        builder.HasMany(p => p.BudgetLines).WithOne().HasForeignKey(l => l.ProjectId);
        builder.HasMany(p => p.Spending).WithOne().HasForeignKey(s => s.ProjectId);
        builder.HasMany(p => p.Moves).WithOne().HasForeignKey(m => m.ProjectId);
        builder.HasMany(p => p.Removals).WithOne().HasForeignKey(r => r.ProjectId);
    }
}
