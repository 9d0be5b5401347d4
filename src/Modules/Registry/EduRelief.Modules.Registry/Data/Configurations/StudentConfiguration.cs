using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Registry.Data.Configurations;

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.NationalId).IsUnique();
        builder.HasIndex(s => s.ListKey).IsUnique();
        // The list ordered by name (sort=name) walks this index; the list key breaks ties.
        builder.HasIndex(s => new { s.Name, s.ListKey });
        builder.HasIndex(s => s.SchoolId);
        builder.HasIndex(s => s.HouseholdId);
        builder.Property(s => s.NationalId).HasMaxLength(18);
        builder.Property(s => s.Name).HasMaxLength(50);
        builder.Property(s => s.HouseholdId).HasMaxLength(64);
        builder.Property(s => s.RegisteredBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Categories);
        builder.Ignore(s => s.Guardian);
        builder.Ignore(s => s.Account);
        builder.Property(s => s.GuardianName).HasMaxLength(Guardian.MaxNameLength);
        builder.Property(s => s.GuardianRelation).HasMaxLength(Guardian.MaxRelationLength);
        builder.Property(s => s.GuardianNationalId).HasMaxLength(18);
        builder.Property(s => s.GuardianPhone).HasMaxLength(20);
        builder.Property(s => s.AccountHolder).HasMaxLength(PaymentAccount.MaxTextLength);
        builder.Property(s => s.AccountBank).HasMaxLength(PaymentAccount.MaxTextLength);
        builder.Property(s => s.AccountNumber).HasMaxLength(PaymentAccount.MaxDigits);
        builder.HasOne(s => s.School).WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.CategoryPeriods).WithOne().HasForeignKey(p => p.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}
