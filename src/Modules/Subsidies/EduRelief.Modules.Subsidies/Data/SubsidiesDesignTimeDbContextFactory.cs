using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EduRelief.Modules.Subsidies.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the Host.</summary>
internal sealed class SubsidiesDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SubsidiesDbContext>
{
    public SubsidiesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SubsidiesDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
