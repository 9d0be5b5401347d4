using EduRelief.Modules.SchoolConstruction.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.SchoolConstruction.Data.Configurations;

internal sealed class ProjectRemovalConfiguration : IEntityTypeConfiguration<ProjectRemoval>
{
    public void Configure(EntityTypeBuilder<ProjectRemoval> builder) => builder.HasKey(r => new { r.ProjectId, r.BuildingId });
}
