namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>The engine every module database runs on (<c>EduRelief:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: a SQLite file per module under the data folder, one Host, no set-up.</summary>
    Sqlite,

    /// <summary>One PostgreSQL database, a schema per module, any number of Hosts.</summary>
    PostgreSql,
}
