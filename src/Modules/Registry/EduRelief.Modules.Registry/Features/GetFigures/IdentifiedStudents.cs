using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.FindStudents;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Validation;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetFigures;

/// <summary>The students an identification figure counts: the students list's own <c>hardshipYear</c> (and <c>compulsory</c>) criteria, in the caller's scope.</summary>
internal static class IdentifiedStudents
{
    public static IQueryable<Student> Of(RegistryDbContext db, ICallerContext caller, int year, RegistryFigure figure)
    {
        var parameters = new StudentListParameters(null, null, null, null, null, null, null, null,
            HardshipYear: year, Compulsory: figure == RegistryFigure.IdentifiedPoorStudentsCompulsory ? true : null);
        var errors = new ValidationErrors();
        var criteria = parameters.ToCriteria(errors);
        errors.ThrowIfAny();
        return db.Students.AsNoTracking().InScope(caller.Scope).Matching(criteria);
    }
}
