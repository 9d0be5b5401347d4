using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>Money (yuan, two decimals) stored as whole fen in an INTEGER column, so SQLite sums it exactly.</summary>
public sealed class YuanToFenConverter() : ValueConverter<decimal, long>(
    yuan => SqliteText.Fen(yuan),
    fen => fen / 100m);
