using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.ListPayments;

internal sealed class ListPaymentsHandler(SubsidiesDbContext db, ICallerContext caller) : IRequestHandler<ListPaymentsQuery, PagedResult<PaymentResponse>>
{
    public async Task<PagedResult<PaymentResponse>> Handle(ListPaymentsQuery request, CancellationToken cancellationToken)
    {
        var rows = PaymentRows.Matching(db, caller, request);
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(r => r.Payment.Id).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<PaymentResponse>
        {
            Items = page.Select(r => PaymentRows.ToResponse(r, caller)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
