using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.Shared;

internal static class SchoolPlaces
{
    /// <summary>
    /// Every school's place, keyed by id. A county has hundreds of schools and students by the hundred thousand, so
    /// student rows are read without joins and given their school from this table in memory.
    /// </summary>
    public static Task<Dictionary<Guid, SchoolPlace>> LoadSchoolPlacesAsync(this RegistryDbContext db, CancellationToken cancellationToken) =>
        Places(db.Schools.AsNoTracking(), cancellationToken);

    /// <summary>The places of these schools only: for one page of students.</summary>
    public static Task<Dictionary<Guid, SchoolPlace>> LoadSchoolPlacesAsync(this RegistryDbContext db, IReadOnlyCollection<Guid> schoolIds, CancellationToken cancellationToken) =>
        Places(db.Schools.AsNoTracking().Where(s => schoolIds.Contains(s.Id)), cancellationToken);

    private static Task<Dictionary<Guid, SchoolPlace>> Places(IQueryable<School> schools, CancellationToken cancellationToken) =>
        schools
            .Select(s => new { s.Id, Place = new SchoolPlace(s.Code, s.Township!.Code, s.Stage, s.Location) })
            .ToDictionaryAsync(s => s.Id, s => s.Place, cancellationToken);
}
