using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

/// <summary>Trainees of one course, or of the courses starting in <see cref="Year"/> (the records behind <c>adultTrainees</c>; <see cref="Certified"/> = true behind <c>certificates</c>).</summary>
internal sealed record ListTraineesQuery(string? CourseCode, int? Year, bool? Certified, int Page, int PageSize) : IQuery<PagedResult<TraineeResponse>>;
