using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>Money (yuan, two decimals) stored as whole fen in an integer column, so every engine sums it exactly.</summary>
public sealed class YuanToFenConverter() : ValueConverter<decimal, long>(
    yuan => Fen(yuan),
    fen => fen / 100m)
{
    /// <summary>Yuan as whole fen, as this converter stores it; for statements written by hand.</summary>
    public static long Fen(decimal yuan) => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero);
}
