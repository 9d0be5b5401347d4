using EduRelief.SharedKernel.Paging;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.ListOutreach;

internal sealed record ListOutreachQuery(int? Year, string? TownshipCode, int Page, int PageSize) : IRequest<PagedResult<OutreachActivityResponse>>;
