using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListEnrolments;

internal sealed class ListEnrolmentsHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ListEnrolmentsQuery, PagedResult<EnrolmentResponse>>
{
    public Task<PagedResult<EnrolmentResponse>> Handle(ListEnrolmentsQuery request, CancellationToken cancellationToken) =>
        Matching(db, caller, request).Include(e => e.Changes).AsNoTracking()
            .PageAsync(request.Page, request.PageSize, e => EnrolmentResponse.Of(e, caller), cancellationToken);

    /// <summary>The enrolments of the filter in the caller's scope, in list order: the list and its export read the same.</summary>
    public static IQueryable<Enrolment> Matching(VocationalDbContext db, ICallerContext caller, ListEnrolmentsQuery request)
    {
        var enrolments = db.Enrolments.InScope(caller.Scope);
        if (VocationalInput.Trimmed(request.NationalId) is { } nationalId)
        {
            var id = VocationalInput.Normalised(nationalId);
            enrolments = enrolments.Where(e => e.NationalId == id);
        }

        if (VocationalInput.Trimmed(request.SpecialtyCode) is { } specialty)
        {
            enrolments = enrolments.Where(e => e.SpecialtyCode == specialty);
        }

        if (VocationalInput.Trimmed(request.SchoolCode) is { } school)
        {
            enrolments = enrolments.Where(e => e.SchoolCode == school);
        }

        if (VocationalInput.Trimmed(request.OrderClassCode) is { } orderClass)
        {
            enrolments = enrolments.Where(e => e.OrderClassCode == orderClass);
        }

        enrolments = EnrolmentFilters.Apply(enrolments, request.EnrolledIn, request.Poor, request.GraduatedIn, request.Employed);
        if (VocationalInput.Trimmed(request.Outcome) is { } code)
        {
            var outcome = EnumCodes.Parse<GraduateOutcome>(code);
            enrolments = enrolments.Where(e => e.Outcome == outcome);
        }

        if (request.HasOutcome is { } hasOutcome)
        {
            enrolments = hasOutcome ? enrolments.Where(e => e.Outcome != null) : enrolments.Where(e => e.Outcome == null);
        }

        if (request.Active is { } active)
        {
            enrolments = active ? enrolments.Where(e => e.ActiveStudentId != null) : enrolments.Where(e => e.ActiveStudentId == null);
        }

        return enrolments.OrderBy(e => e.SchoolCode).ThenBy(e => e.SpecialtyCode).ThenBy(e => e.Name).ThenBy(e => e.Id);
    }
}
