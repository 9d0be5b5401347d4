using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// One statement run for many rows in the caller's transaction, each run with its own count of changed rows. On SQLite
/// a run is one execution of a prepared statement in the process; on an engine a round trip away (PostgreSQL) runs
/// are queued and sent <see cref="RunsPerRoundTrip"/> to a round trip as one ADO.NET batch, and each run's count is
/// handed to its check when the batch comes back. Call <see cref="Flush"/> before the transaction commits.
/// </summary>
public sealed class RowStatement : IDisposable
{
    public const int RunsPerRoundTrip = 500;

    private readonly DatabaseFacade _database;
    private readonly string _sql;
    private readonly string[] _parameters;
    private readonly DatabaseProvider _engine;
    private readonly PreparedStatement? _prepared;
    private readonly List<(object?[] Values, Action<int> Check)> _queued = [];

    private RowStatement(DatabaseFacade database, string sql, string[] parameters)
    {
        (_database, _sql, _parameters, _engine) = (database, sql, parameters, DatabaseEngine.Of(database));
        if (!database.GetDbConnection().CanCreateBatch)
        {
            _prepared = PreparedStatement.Prepare(database, sql, parameters);
        }
    }

    public static RowStatement Prepare(DatabaseFacade database, string sql, params string[] parameters) => new(database, sql, parameters);

    /// <summary>Runs the statement with <paramref name="values"/> (now, or with the next round trip) and passes the rows it changed to <paramref name="check"/>.</summary>
    public void Run(object?[] values, Action<int> check)
    {
        if (_prepared is not null)
        {
            for (var i = 0; i < values.Length; i++)
            {
                _prepared[i] = values[i];
            }

            check(_prepared.Execute());
            return;
        }

        _queued.Add((values, check));
        if (_queued.Count == RunsPerRoundTrip)
        {
            Flush();
        }
    }

    public void Flush()
    {
        if (_queued.Count == 0)
        {
            return;
        }

        var connection = _database.GetDbConnection();
        using var batch = connection.CreateBatch();
        batch.Transaction = _database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A row statement runs in the caller's transaction; begin one first.");
        foreach (var (values, _) in _queued)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = _sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = _parameters[i];
                parameter.Value = StoredValue.For(_engine, values[i]);
                command.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(command);
        }

        batch.ExecuteNonQuery();
        for (var i = 0; i < _queued.Count; i++)
        {
            _queued[i].Check(batch.BatchCommands[i].RecordsAffected);
        }

        _queued.Clear();
    }

    public void Dispose()
    {
        _queued.Clear();
        _prepared?.Dispose();
    }
}
