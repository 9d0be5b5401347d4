using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EduRelief.Modules.Access.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the Host.</summary>
internal sealed class AccessDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AccessDbContext>
{
    public AccessDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AccessDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
