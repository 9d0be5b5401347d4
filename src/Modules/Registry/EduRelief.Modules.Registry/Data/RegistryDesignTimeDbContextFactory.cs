using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EduRelief.Modules.Registry.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the Host.</summary>
internal sealed class RegistryDesignTimeDbContextFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RegistryDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
