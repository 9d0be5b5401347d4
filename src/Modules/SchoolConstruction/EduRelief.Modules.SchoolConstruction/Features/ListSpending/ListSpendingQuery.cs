using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SchoolConstruction.Features.ListSpending;

/// <summary>Spending dated in a year, of one project or all: the records behind the investment figure.</summary>
internal sealed record ListSpendingQuery(int? Year, string? ProjectCode, int Page, int PageSize) : IQuery<PagedResult<SpendingResponse>>;
