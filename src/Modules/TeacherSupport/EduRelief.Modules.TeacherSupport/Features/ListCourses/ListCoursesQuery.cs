using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.TeacherSupport.Features.ListCourses;

/// <summary>Courses starting in a year, of a kind, or by code.</summary>
internal sealed record ListCoursesQuery(int? Year, string? Kind, string? Code, int Page, int PageSize) : IQuery<PagedResult<CourseResponse>>;
