using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SchoolConstruction.Features.ListFacilities;

/// <summary>The facilities ledger by township; <c>NoEquipment</c> keeps the schools with no equipment recorded, <c>DGrade</c> those with a D-grade building.</summary>
internal sealed record ListFacilitiesQuery(string? TownshipCode, bool? NoEquipment, bool? DGrade, int Page, int PageSize) : IQuery<PagedResult<FacilitiesResponse>>;
