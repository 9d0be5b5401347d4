using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Subsidies.Features.ListPayments;

internal sealed record ListPaymentsQuery(string? NationalId, string? ProgrammeCode, string? Term, int? Year, string? Status, int Page, int PageSize)
    : IQuery<PagedResult<PaymentResponse>>, INationalIdLookup<PagedResult<PaymentResponse>>
{
    string? INationalIdLookup<PagedResult<PaymentResponse>>.SoughtNationalId => NationalId;

    bool INationalIdLookup<PagedResult<PaymentResponse>>.FoundAny(PagedResult<PaymentResponse> response) => response.Total > 0;
}
