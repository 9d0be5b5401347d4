using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EduRelief.BuildingBlocks.Persistence.Bulk;

/// <summary>One column of a bulk-written table, read from the EF Core model: its name, store type and converter.</summary>
internal sealed class BulkColumn(IProperty property, StoreObjectIdentifier table)
{
    private readonly IClrPropertyGetter _getter = property.GetGetter();
    private readonly ValueConverter? _converter = property.GetTypeMapping().Converter;

    public string Name { get; } = property.GetColumnName(table) ?? property.Name;

    /// <summary>The store type without its facets (<c>character varying(18)</c> → <c>character varying</c>).</summary>
    public string StoreType { get; } = property.GetColumnType() is var type && type.IndexOf('(', StringComparison.Ordinal) is var open and > 0
        ? type[..open].TrimEnd()
        : property.GetColumnType();

    /// <summary>The value as EF Core would store it: model value, then the property's converter (fen, enum name, UTC).</summary>
    public object? ValueOf(object entity)
    {
        var value = _getter.GetClrValue(entity);
        return value is null || _converter is null ? value : _converter.ConvertToProvider(value);
    }

    /// <summary>
    /// Every mapped column but those the database fills itself (an integer key from an identity or autoincrement):
    /// a bulk write sets exactly what EF Core's own insert sets.
    /// </summary>
    public static IReadOnlyList<BulkColumn> Of(IEntityType entity, StoreObjectIdentifier table) =>
        entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never && (p.ClrType == typeof(long) || p.ClrType == typeof(int))))
            .Select(p => new BulkColumn(p, table))
            .ToList();
}
