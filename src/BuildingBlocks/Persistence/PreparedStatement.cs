using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// A statement prepared once in the caller's transaction and run many times with new values, for the few hot paths
/// that bypass EF Core's change tracker. Parameters are named <c>@name</c>; values are given as CLR values and stored
/// in the forms EF Core itself uses on the engine in use, so EF Core reads the rows back as if it had written them.
/// </summary>
public sealed class PreparedStatement : IDisposable
{
    private readonly DbCommand _command;
    private readonly DatabaseProvider _engine;
    private bool _prepared;

    private PreparedStatement(DbCommand command, DatabaseProvider engine) => (_command, _engine) = (command, engine);

    public static PreparedStatement Prepare(DatabaseFacade database, string sql, params string[] parameters)
    {
        var command = database.GetDbConnection().CreateCommand();
        command.Transaction = database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A prepared statement runs in the caller's transaction; begin one first.");
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return new PreparedStatement(command, DatabaseEngine.Of(database));
    }

    public object? this[int index]
    {
        set => _command.Parameters[index].Value = StoredValue.For(_engine, value);
    }

    public int Execute()
    {
        PrepareOnce();
        return _command.ExecuteNonQuery();
    }

    public DbDataReader ExecuteReader()
    {
        PrepareOnce();
        return _command.ExecuteReader();
    }

    public void Dispose() => _command.Dispose();

    // Prepared at the first run rather than at creation: PostgreSQL infers the parameters' types from their first values.
    private void PrepareOnce()
    {
        if (!_prepared)
        {
            _command.Prepare();
            _prepared = true;
        }
    }
}
