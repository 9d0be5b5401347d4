using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EduRelief.Modules.Subsidies.Data;

internal sealed class YuanToFenConverter() : ValueConverter<decimal, long>(
    yuan => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero),
    fen => fen / 100m);
