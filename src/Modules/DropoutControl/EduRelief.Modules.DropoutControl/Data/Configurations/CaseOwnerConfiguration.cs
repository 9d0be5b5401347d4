using EduRelief.Modules.DropoutControl.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.DropoutControl.Data.Configurations;

internal sealed class CaseOwnerConfiguration : IEntityTypeConfiguration<CaseOwner>
{
    public void Configure(EntityTypeBuilder<CaseOwner> builder)
    {
        builder.ToTable("Owners");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.HasIndex(o => new { o.CaseId, o.Role, o.From });
        builder.Ignore(o => o.Current);
    }
}
