namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>How a CLR value is written by a hand-made statement so that it matches what EF Core writes.</summary>
internal static class StoredValue
{
    public static object For(DatabaseProvider engine, object? value) => value switch
    {
        null => DBNull.Value,
        // SQLite stores ids, dates and moments as text (EF Core's forms); PostgreSQL has types for them.
        Guid id when engine == DatabaseProvider.Sqlite => SqliteText.Of(id),
        DateOnly day when engine == DatabaseProvider.Sqlite => SqliteText.Of(day),
        DateTimeOffset moment when engine == DatabaseProvider.Sqlite => SqliteText.Of(moment),
        // PostgreSQL's timestamptz takes UTC only.
        DateTimeOffset moment => moment.ToUniversalTime(),
        _ => value,
    };
}
