using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EduRelief.Modules.Registry.Data.Configurations;

internal sealed class StudentListStampConfiguration : IEntityTypeConfiguration<StudentListStamp>
{
    public void Configure(EntityTypeBuilder<StudentListStamp> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new StudentListStamp { Id = StudentListStamp.SingleId, Version = 0 });
    }
}
