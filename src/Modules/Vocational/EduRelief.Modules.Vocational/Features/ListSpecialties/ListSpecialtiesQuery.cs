using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Vocational.Features.ListSpecialties;

internal sealed record ListSpecialtiesQuery(string? SchoolCode, int Page, int PageSize) : IQuery<PagedResult<SpecialtyResponse>>;
