using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Subsidies.Features.ListOutreach;

internal sealed record ListOutreachQuery(int? Year, string? TownshipCode, int Page, int PageSize) : IQuery<PagedResult<OutreachActivityResponse>>;
