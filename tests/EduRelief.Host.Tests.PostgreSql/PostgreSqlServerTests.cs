using EduRelief.Host.Tests.Infrastructure;
using Npgsql;

namespace EduRelief.Host.Tests.PostgreSql;

/// <summary>The throwaway server itself, without a Host: it starts, and each database it gives is new and the test's own.</summary>
public sealed class PostgreSqlServerTests
{
    [Fact]
    public async Task A_new_database_answers_as_postgresql_under_its_own_name()
    {
        var connectionString = PostgreSqlServer.CreateDatabase();
        try
        {
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();

            Assert.StartsWith("PostgreSQL ", await ScalarAsync<string>(connection, "SELECT version()"), StringComparison.Ordinal);
            Assert.Equal(name, await ScalarAsync<string>(connection, "SELECT current_database()"));
            Assert.Equal("UTF8", await ScalarAsync<string>(connection, "SHOW server_encoding"));
            Assert.Equal(0L, await ScalarAsync<long>(connection, "SELECT count(*) FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('public', 'information_schema')"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            PostgreSqlServer.DropDatabase(connectionString);
        }
    }

    [Fact]
    public async Task Two_databases_are_distinct()
    {
        var first = PostgreSqlServer.CreateDatabase();
        var second = PostgreSqlServer.CreateDatabase();
        try
        {
            Assert.NotEqual(new NpgsqlConnectionStringBuilder(first).Database, new NpgsqlConnectionStringBuilder(second).Database);
            await using (var connection = new NpgsqlConnection(first))
            {
                await connection.OpenAsync();
                await ScalarAsync<int>(connection, "CREATE SCHEMA registry; CREATE TABLE registry.\"Students\" (\"Id\" uuid PRIMARY KEY); SELECT 1");
            }

            await using (var connection = new NpgsqlConnection(second))
            {
                await connection.OpenAsync();
                Assert.False(await ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'registry')"));
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            PostgreSqlServer.DropDatabase(first);
            PostgreSqlServer.DropDatabase(second);
        }
    }

    [Fact]
    public async Task A_dropped_database_is_gone_even_with_a_connection_still_open()
    {
        var connectionString = PostgreSqlServer.CreateDatabase();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var leftOpen = new NpgsqlConnection(connectionString + ";Pooling=false");
        await leftOpen.OpenAsync();

        NpgsqlConnection.ClearAllPools();
        PostgreSqlServer.DropDatabase(connectionString);

        var other = PostgreSqlServer.CreateDatabase();
        try
        {
            await using var connection = new NpgsqlConnection(other);
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name!);
            Assert.Equal(0L, (long)(await exists.ExecuteScalarAsync())!);

            await using var again = new NpgsqlConnection(connectionString + ";Pooling=false");
            var refused = await Assert.ThrowsAsync<PostgresException>(() => again.OpenAsync());
            Assert.Equal(PostgresErrorCodes.InvalidCatalogName, refused.SqlState);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            PostgreSqlServer.DropDatabase(other);
        }
    }

    [Fact]
    public void Only_its_own_databases_can_be_dropped()
    {
        var connectionString = PostgreSqlServer.CreateDatabase();
        try
        {
            var postgres = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString;

            Assert.Throws<ArgumentException>(() => PostgreSqlServer.DropDatabase(postgres));
        }
        finally
        {
            PostgreSqlServer.DropDatabase(connectionString);
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
