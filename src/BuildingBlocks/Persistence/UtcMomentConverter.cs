using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// Moments are stored in UTC on every engine: PostgreSQL's <c>timestamptz</c> takes no other offset, and a clock
/// that answers in the county's offset (a test's, or a converted one) must not make a write fail.
/// </summary>
public sealed class UtcMomentConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    moment => moment.ToUniversalTime(),
    moment => moment);
