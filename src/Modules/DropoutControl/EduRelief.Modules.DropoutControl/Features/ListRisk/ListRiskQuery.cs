using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.DropoutControl.Features.ListRisk;

/// <summary>Students by dropout risk, highest first, by school, township and signal.</summary>
internal sealed record ListRiskQuery(string? SchoolCode, string? TownshipCode, string? Signal, int Page, int PageSize) : IQuery<PagedResult<RiskResponse>>;
