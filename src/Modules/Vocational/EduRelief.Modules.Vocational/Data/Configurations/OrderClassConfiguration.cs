using EduRelief.Modules.Vocational.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Vocational.Data.Configurations;

internal sealed class OrderClassConfiguration : IEntityTypeConfiguration<OrderClass>
{
    public void Configure(EntityTypeBuilder<OrderClass> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.SpecialtyCode).HasMaxLength(32);
        builder.Property(c => c.SchoolCode).HasMaxLength(32);
        builder.Property(c => c.TownshipCode).HasMaxLength(32);
        builder.Property(c => c.Employer).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Year);
    }
}
