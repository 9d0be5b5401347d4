using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>Money (yuan, two decimals) stored as whole fen in an INTEGER column, so SQLite sums it exactly.</summary>
public sealed class YuanToFenConverter() : ValueConverter<decimal, long>(
    yuan => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero),
    fen => fen / 100m);
