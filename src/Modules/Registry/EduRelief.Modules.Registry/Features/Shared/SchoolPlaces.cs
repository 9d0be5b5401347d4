using EduRelief.Modules.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.Shared;

internal static class SchoolPlaces
{
    /// <summary>
    /// Every school's place, keyed by id. A county has hundreds of schools and students by the hundred thousand, so
    /// student rows are read without joins and given their school from this table in memory.
    /// </summary>
    public static Task<Dictionary<Guid, SchoolPlace>> LoadSchoolPlacesAsync(this RegistryDbContext db, CancellationToken cancellationToken) =>
        db.Schools.AsNoTracking()
            .Select(s => new { s.Id, Place = new SchoolPlace(s.Code, s.Township!.Code, s.Stage, s.Location) })
            .ToDictionaryAsync(s => s.Id, s => s.Place, cancellationToken);
}
