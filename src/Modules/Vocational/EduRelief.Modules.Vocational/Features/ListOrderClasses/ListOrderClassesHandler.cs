using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListOrderClasses;

internal sealed class ListOrderClassesHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ListOrderClassesQuery, PagedResult<OrderClassResponse>>
{
    public async Task<PagedResult<OrderClassResponse>> Handle(ListOrderClassesQuery request, CancellationToken cancellationToken) =>
        await Matching(db, caller, request).PageAsync(request.Page, request.PageSize, OrderClassResponse.Of, cancellationToken);

    /// <summary>The classes of a list filter in the list's order, in the caller's scope: the list pages them, the export streams them.</summary>
    public static IQueryable<OrderClass> Matching(VocationalDbContext db, ICallerContext caller, ListOrderClassesQuery request)
    {
        var classes = db.OrderClasses.AsNoTracking().InScope(caller.Scope);
        if (request.Year is { } year)
        {
            classes = classes.Where(c => c.Year == year);
        }

        if (VocationalInput.Trimmed(request.SpecialtyCode) is { } specialty)
        {
            classes = classes.Where(c => c.SpecialtyCode == specialty);
        }

        return classes.OrderBy(c => c.Year).ThenBy(c => c.Code);
    }
}
