using EduRelief.Modules.TeacherSupport.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.TeacherSupport.Data.Configurations;

internal sealed class PairingActivityConfiguration : IEntityTypeConfiguration<PairingActivity>
{
    public void Configure(EntityTypeBuilder<PairingActivity> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.HasIndex(a => a.On);
    }
}
