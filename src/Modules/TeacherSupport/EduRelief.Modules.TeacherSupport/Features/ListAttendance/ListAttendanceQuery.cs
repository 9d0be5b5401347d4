using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.TeacherSupport.Features.ListAttendance;

/// <summary>Person-times of the courses starting in a year, or of one course.</summary>
internal sealed record ListAttendanceQuery(int? Year, string? CourseCode, int Page, int PageSize) : IQuery<PagedResult<AttendanceRowResponse>>;
