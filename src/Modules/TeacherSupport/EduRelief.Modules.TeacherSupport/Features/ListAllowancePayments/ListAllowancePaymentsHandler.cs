using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ListAllowancePayments;

internal sealed class ListAllowancePaymentsHandler(TeacherSupportDbContext db, ICallerContext caller) : IRequestHandler<ListAllowancePaymentsQuery, PagedResult<RollLineResponse>>
{
    public async Task<PagedResult<RollLineResponse>> Handle(ListAllowancePaymentsQuery request, CancellationToken cancellationToken)
    {
        var rows = RollLineRows.InScope(db, caller, PaidLines.Of(db, request.Year!.Value));
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<RollLineResponse>
        {
            Items = page.Select(r => RollLineRows.ToResponse(r, caller)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
