using EduRelief.Modules.Subsidies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Subsidies.Data.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.HasKey(p => p.Id);

        // Nobody is paid twice: one award per (student, programme, term), whoever asks and however often.
        builder.HasIndex(p => new { p.StudentId, p.Programme, p.Term }).IsUnique();
        builder.HasIndex(p => new { p.Programme, p.Year });
        builder.Property(p => p.Term).HasMaxLength(6);
        builder.Property(p => p.BankReference).HasMaxLength(100);
    }
}
