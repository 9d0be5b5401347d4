using EduRelief.Contracts.Vocational;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.ListAdultCourses;
using EduRelief.Modules.Vocational.Features.ListEnrolments;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.GetFigures;

/// <summary>
/// Every figure counted from the records in the caller's scope when asked; none is stored. The lists behind them:
/// <c>/enrolments?enrolledIn=Y&amp;poor=true</c>, <c>/order-classes?year=Y</c>, <c>/enrolments?graduatedIn=Y</c>
/// (<c>&amp;employed=true</c>), <c>/adult-trainees?year=Y</c> (<c>&amp;certified=true</c>).
/// </summary>
internal sealed class GetFiguresHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<GetVocationalFiguresQuery, VocationalFiguresDto>
{
    public async Task<VocationalFiguresDto> Handle(GetVocationalFiguresQuery request, CancellationToken cancellationToken)
    {
        var year = request.Year;
        var enrolments = db.Enrolments.AsNoTracking().InScope(caller.Scope);
        var poor = await EnrolmentFilters.Apply(enrolments, year, true, null, null).CountAsync(cancellationToken);
        var places = await db.OrderClasses.AsNoTracking().InScope(caller.Scope).Where(c => c.Year == year).SumAsync(c => c.Places, cancellationToken);
        var outcomes = await EnrolmentFilters.Apply(enrolments, null, null, year, null)
            .GroupBy(e => e.Outcome)
            .Select(g => new { Outcome = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var graduates = outcomes.Sum(o => o.Count);
        var withOutcome = outcomes.Where(o => o.Outcome is not null).Sum(o => o.Count);
        var employed = outcomes.Where(o => VocationalNames.IsEmployed(o.Outcome)).Sum(o => o.Count);
        var trainees = ListTraineesHandler.Of(db.AdultTrainees.AsNoTracking().InScope(caller.Scope), year, null);
        return new VocationalFiguresDto
        {
            Year = year,
            PoorEnrolments = poor,
            OrderPlaces = places,
            Graduates = graduates,
            GraduatesWithOutcome = withOutcome,
            Employed = employed,
            EmployedByOrderingEmployer = outcomes.Where(o => o.Outcome == GraduateOutcome.EmployedByOrderingEmployer).Sum(o => o.Count),
            EmploymentRate = withOutcome == 0 ? null : Math.Round((decimal)employed / withOutcome, 4),
            AdultTrainees = await trainees.CountAsync(cancellationToken),
            Certificates = await trainees.CountAsync(t => t.Certificate != null, cancellationToken),
        };
    }
}
