using Microsoft.Extensions.Configuration;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>Which engine the Host runs on and where its data is, read once from configuration.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string? ConnectionString)
{
    public const string ProviderKey = "EduRelief:Database:Provider";
    public const string ConnectionStringName = "EduRelief";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var configured = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return new DatabaseSettings(DatabaseProvider.Sqlite, null);
        }

        if (!Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException($"{ProviderKey} is '{configured}'; it must be Sqlite or PostgreSql.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"{ProviderKey} is PostgreSql but ConnectionStrings:{ConnectionStringName} is not set.");
        }

        return new DatabaseSettings(provider, connectionString);
    }
}
