using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

/// <summary>Adult courses by township and the year they start in, with their trainees and certificates counted.</summary>
internal sealed record ListAdultCoursesQuery(string? TownshipCode, int? Year, int Page, int PageSize) : IQuery<PagedResult<AdultCourseResponse>>;
