using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.ListCases;

internal sealed class ListCasesHandler(DropoutControlDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<ListCasesQuery, PagedResult<CaseResponse>>
{
    public async Task<PagedResult<CaseResponse>> Handle(ListCasesQuery request, CancellationToken cancellationToken)
    {
        var today = county.Today;
        var ordered = Matching(db, caller, request, today);
        var total = await ordered.CountAsync(cancellationToken);
        var page = await ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<CaseResponse>
        {
            Items = page.Select(c => CaseResponse.Of(c, caller, today)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }

    /// <summary>The cases a list filter selects in the caller's scope, in list order: for a page and for the export alike.</summary>
    public static IOrderedQueryable<DropoutCase> Matching(DropoutControlDbContext db, ICallerContext caller, ListCasesQuery request, DateOnly today)
    {
        var cases = db.Cases.AsNoTracking().InScope(caller.Scope);
        if (request.Status is { Length: > 0 } status)
        {
            var stage = EnumCodes.Parse<CaseStage>(status);
            cases = cases.Where(c => c.Stage == stage);
        }

        if (request.TownshipCode is { Length: > 0 } township)
        {
            cases = cases.Where(c => c.TownshipCode == township.Trim());
        }

        if (request.SchoolCode is { Length: > 0 } school)
        {
            cases = cases.Where(c => c.SchoolCode == school.Trim());
        }

        if (request.NationalId is { Length: > 0 } nationalId)
        {
            var id = nationalId.Trim().ToUpperInvariant();
            cases = cases.Where(c => c.NationalId == id);
        }

        if (request.Overdue is { } overdue)
        {
            // Stored as text, so the stages before Returned are named rather than compared.
            var beforeReturn = new[] { CaseStage.Suspected, CaseStage.Confirmed, CaseStage.Persuading };
            cases = overdue
                ? cases.Where(c => c.NoticeReturnBy != null && c.NoticeReturnBy < today && beforeReturn.Contains(c.Stage))
                : cases.Where(c => c.NoticeReturnBy == null || c.NoticeReturnBy >= today || !beforeReturn.Contains(c.Stage));
        }

        return cases.OrderBy(c => c.TownshipCode).ThenBy(c => c.DetectedOn).ThenBy(c => c.Id);
    }
}
