using System.Data.Common;

namespace EduRelief.BuildingBlocks.Persistence;

public static class PreparedCommand
{
    /// <summary>A statement prepared once on the connection, in the caller's transaction, to run many times with new values.</summary>
    public static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }
}
