using EduRelief.Modules.Vocational.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Vocational.Data.Configurations;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.StudentId);
        // Null once graduated; both engines let many rows hold null in a unique index.
        builder.HasIndex(e => e.ActiveStudentId).IsUnique();
        builder.Property(e => e.NationalId).HasMaxLength(18);
        builder.HasIndex(e => e.NationalId);
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.SpecialtyCode).HasMaxLength(32);
        builder.Property(e => e.SchoolCode).HasMaxLength(32);
        builder.Property(e => e.TownshipCode).HasMaxLength(32);
        builder.Property(e => e.OrderClassCode).HasMaxLength(32);
        builder.Property(e => e.OrderEmployer).HasMaxLength(200);
        builder.Property(e => e.Employer).HasMaxLength(200);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.EnrolledOn);
        builder.HasIndex(e => e.GraduatedOn);
        builder.HasIndex(e => e.OrderClassId);
        builder.HasIndex(e => new { e.TownshipCode, e.SchoolCode });
        builder.Ignore(e => e.Graduated);
        builder.Ignore(e => e.FollowUpDueOn);
        builder.HasMany(e => e.Changes).WithOne().HasForeignKey(c => c.EnrolmentId);
    }
}
