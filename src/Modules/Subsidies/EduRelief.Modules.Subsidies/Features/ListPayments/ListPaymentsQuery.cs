using EduRelief.SharedKernel.Paging;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.ListPayments;

internal sealed record ListPaymentsQuery(string? NationalId, string? ProgrammeCode, string? Term, int? Year, int Page, int PageSize) : IRequest<PagedResult<PaymentResponse>>;
